package org.xueji.ui.enrollment.importing;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The import/export page as a contribution to the console, in the menu group 招生与核查. */
public final class ImportViews {

    /** 学籍导入导出 (importing creates records: EDIT_STUDENT; the export section also needs EXPORT_DATA). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Import extends ModuleView {
        public Import() {
            super(ImportView.ROUTE, ImportView.class, ImportUiText.TITLE, ImportUiText.GROUP, VaadinIcon.EXCHANGE,
                    60, Permission.EDIT_STUDENT);
        }
    }

    private ImportViews() {
    }
}
