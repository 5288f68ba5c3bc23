package org.xueji.ui.specialneeds;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The special-needs views as contributions to the console, in the menu group 特殊教育. */
public final class SpecialNeedsViews {

    /** 特殊儿童登记与安置 (R25, R26). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Register extends ModuleView {
        public Register() {
            super(RegisterView.ROUTE, RegisterView.class, SpecialNeedsUiText.REGISTER_TITLE, SpecialNeedsUiText.GROUP,
                    VaadinIcon.HANDS_UP, 70, Permission.VIEW_SPECIAL_NEEDS);
        }
    }

    /** 登记送教 (R26), for teachers on a phone. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Visit extends ModuleView {
        public Visit() {
            super(VisitView.ROUTE, VisitView.class, SpecialNeedsUiText.VISIT_TITLE, SpecialNeedsUiText.GROUP,
                    VaadinIcon.HOME, 71, Permission.RECORD_SPECIAL_NEEDS);
        }
    }

    /** 送教上门达标 (R26): per school and town with a chart. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Compliance extends ModuleView {
        public Compliance() {
            super(ComplianceView.ROUTE, ComplianceView.class, SpecialNeedsUiText.COMPLIANCE_TITLE,
                    SpecialNeedsUiText.GROUP, VaadinIcon.CHART, 72, Permission.VIEW_SPECIAL_NEEDS);
        }

        /** The reminders of R26 and of reassessment link here. */
        @Override
        public java.util.Set<String> topics() {
            return java.util.Set.of("specialneeds.home-teaching");
        }
    }

    private SpecialNeedsViews() {
    }
}
