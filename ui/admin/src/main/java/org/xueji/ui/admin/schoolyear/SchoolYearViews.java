package org.xueji.ui.admin.schoolyear;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.osgi.service.component.annotations.Component;
import org.xueji.platform.api.Permission;
import org.xueji.ui.admin.AdminUiText;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * 学年与学期 (issue 15) in the menu group 系统管理: every school account reads the calendar; the
 * view and the service let only the district change it.
 */
@Component(service = ViewContribution.class)
public final class SchoolYearViews extends ModuleView {

    public SchoolYearViews() {
        super(SchoolYearView.ROUTE, SchoolYearView.class, SchoolYearUiText.TITLE, AdminUiText.GROUP,
                VaadinIcon.CALENDAR_CLOCK, 93, Permission.VIEW_SCHOOL);
    }
}
