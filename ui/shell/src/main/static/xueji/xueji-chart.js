/*
 * Xueji chart module: draws an ECharts option (JSON text, data only) into an element, as SVG.
 * Served from the console's own origin (CSP script-src 'self'); uses no eval.
 */
(function () {
  'use strict';

  function render(el, optionJson) {
    if (!window.echarts) {
      throw new Error('ECharts is not loaded');
    }
    var option = typeof optionJson === 'string' ? JSON.parse(optionJson) : optionJson;
    var chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option, true);
    if (!el.__xuejiResize && window.ResizeObserver) {
      el.__xuejiResize = new ResizeObserver(function () { chart.resize(); });
      el.__xuejiResize.observe(el);
    }
    el.setAttribute('data-chart-rendered', 'true');
    return true;
  }

  function dispose(el) {
    var chart = window.echarts && window.echarts.getInstanceByDom(el);
    if (chart) {
      chart.dispose();
    }
    if (el.__xuejiResize) {
      el.__xuejiResize.disconnect();
      el.__xuejiResize = null;
    }
  }

  window.xuejiChart = { render: render, dispose: dispose };
})();
