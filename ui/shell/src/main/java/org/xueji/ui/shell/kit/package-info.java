/**
 * The UI kit every module UI uses: {@link org.xueji.ui.shell.kit.DatePickers} (one Chinese/English
 * set-up), {@link org.xueji.ui.shell.kit.UploadField} with {@link org.xueji.ui.shell.kit.UploadRules}
 * (kind by content, size limit), {@link org.xueji.ui.shell.kit.DataReleasePicker} and
 * {@link org.xueji.ui.shell.kit.SingleUseDownload} (R4: an export's file served once),
 * {@link org.xueji.ui.shell.kit.DashboardCard}, {@link org.xueji.ui.shell.kit.Notify},
 * {@link org.xueji.ui.shell.kit.EmptyState} and charts ({@link org.xueji.ui.shell.kit.EChart} on
 * Apache ECharts, options from {@link org.xueji.ui.shell.kit.ChartOption}).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xueji.ui.shell.kit;
