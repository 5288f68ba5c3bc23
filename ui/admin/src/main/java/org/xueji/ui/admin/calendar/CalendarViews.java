package org.xueji.ui.admin.calendar;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.osgi.service.component.annotations.Component;
import org.xueji.ui.admin.AdminUiText;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * 工作日历 (D2) in the menu group 系统管理: open to every logged-in user (reading); the view and
 * the service let only the district administration change it.
 */
@Component(service = ViewContribution.class)
public final class CalendarViews extends ModuleView {

    public CalendarViews() {
        super(CalendarView.ROUTE, CalendarView.class, CalendarUiText.TITLE, AdminUiText.GROUP, VaadinIcon.CALENDAR,
                92, null);
    }
}
