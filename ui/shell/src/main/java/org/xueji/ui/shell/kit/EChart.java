package org.xueji.ui.shell.kit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;

/**
 * A chart drawn by Apache ECharts (Apache-2.0) in the browser, as SVG inside this div. The
 * console serves {@code echarts.min.js} and the small module {@code xueji-chart.js} from
 * {@code /VAADIN/static/xueji/} (same origin: the CSP's {@code script-src 'self'} covers them);
 * they are loaded once per page on the first chart's attach. The option is JSON (data only,
 * parsed with {@code JSON.parse}); build it with {@link ChartOption} or pass any ECharts
 * option JSON to {@link #setOption}.
 *
 * <pre>{@code
 * EChart chart = EChart.bar("chart-students-per-grade", "各年级在籍学生",
 *         List.of("一年级", "二年级"), ChartOption.Series.of("学生", List.of(312, 298)));
 * layout.add(chart);
 * }</pre>
 */
public class EChart extends Div {

    private static final long serialVersionUID = 1L;

    /** Where the scripts are served, below the context path. */
    public static final String SCRIPT_PATH = "VAADIN/static/xueji/";

    /**
     * Loads ECharts and the module once per page (a shared promise), then renders. {@code this}
     * is the chart's element; {@code $0} the option JSON, {@code $1} the scripts' base URL.
     */
    private static final String RENDER = """
            const el = this, option = $0, base = $1;
            const load = src => new Promise((ok, fail) => {
              const s = document.createElement('script');
              s.src = src; s.onload = ok; s.onerror = () => fail(new Error('cannot load ' + src));
              document.head.appendChild(s);
            });
            window.__xuejiChartReady = window.__xuejiChartReady
              || load(base + 'echarts.min.js').then(() => load(base + 'xueji-chart.js'))
                   .catch(e => { window.__xuejiChartReady = null; throw e; });
            return window.__xuejiChartReady.then(() => window.xuejiChart.render(el, option));
            """;

    private String option = "{}";

    public EChart(String id) {
        if (id != null) {
            setId(id);
        }
        addClassName("xueji-chart");
        setWidthFull();
        setHeight("300px");
        getStyle().set("min-width", "280px");
    }

    /** A bar chart (see {@link ChartOption#bar}). */
    public static EChart bar(String id, String title, List<String> categories, ChartOption.Series... series) {
        EChart chart = new EChart(id);
        chart.setOption(ChartOption.bar(title, categories, List.of(series)));
        return chart;
    }

    /** Sets the whole option (JSON) and draws it when attached. */
    public EChart setOption(String json) {
        this.option = json == null ? "{}" : json;
        if (isAttached()) {
            render();
        }
        return this;
    }

    public String getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        getElement().executeJs(RENDER, option, scriptBase());
    }

    /** {@code /VAADIN/static/xueji/} below the servlet context path. */
    static String scriptBase() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        String context = request == null ? "" : request.getContextPath();
        return (context == null ? "" : context) + "/" + SCRIPT_PATH;
    }
}
