package org.xueji.ui.enrollment.registration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The registration views as contributions to the console (DS components, one per view), in
 * the menu group 招生与核查 after the registry's views (orders 10–30) and before
 * administration (80–90).
 */
public final class RegistrationViews {

    /** What the contributions share: the module's menu group. */
    abstract static class Base extends ModuleView {
        Base(String route, Class<? extends Component> viewClass, RegistrationUiText title, VaadinIcon icon,
             int order, Permission permission) {
            super(route, viewClass, title, RegistrationUiText.GROUP, icon, order, permission);
        }
    }

    /** 新生注册. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Register extends Base {
        public Register() {
            super(RegistrationView.ROUTE, RegistrationView.class, RegistrationUiText.REGISTER_TITLE,
                    VaadinIcon.USER_CHECK, 40, Permission.EDIT_STUDENT);
        }

        @Override
        public Set<String> topics() {
            return Set.of(EnrollmentTopics.REGISTER);
        }
    }

    /** 学籍登记表打印. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class PrintForm extends Base {
        public PrintForm() {
            super(PrintFormView.ROUTE, PrintFormView.class, RegistrationUiText.PRINT_TITLE, VaadinIcon.PRINT, 42,
                    Permission.EXPORT_DATA);
        }
    }

    /** 注册进度. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Deadlines extends Base {
        public Deadlines() {
            super(DeadlinesView.ROUTE, DeadlinesView.class, RegistrationUiText.DEADLINES_TITLE,
                    VaadinIcon.CALENDAR_CLOCK, 44, Permission.VIEW_SCHOOL);
        }

        @Override
        public Set<String> topics() {
            return Set.of(EnrollmentTopics.DEADLINES);
        }
    }

    private RegistrationViews() {
    }
}
