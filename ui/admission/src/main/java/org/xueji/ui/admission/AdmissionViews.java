package org.xueji.ui.admission;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The admission views as contributions to the console, in the menu group 阳光招生; one of them public. */
public final class AdmissionViews {

    /** 入学申请: the school's applications and review. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Applications extends ModuleView {
        public Applications() {
            super(ApplicationsView.ROUTE, ApplicationsView.class, AdmissionUiText.APPLICATIONS_TITLE,
                    AdmissionUiText.GROUP, VaadinIcon.FILE_ADD, 70, Permission.REVIEW_ADMISSION);
        }
    }

    /** 招生计划与派位: the district's set-up, allocation, draws and statistics. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class District extends ModuleView {
        public District() {
            super(DistrictView.ROUTE, DistrictView.class, AdmissionUiText.DISTRICT_TITLE, AdmissionUiText.GROUP,
                    VaadinIcon.RANDOM, 71, Permission.MANAGE_ADMISSION);
        }
    }

    /** The public page for families: no login, no menu entry, no permission. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Public extends ModuleView {
        public Public() {
            super(PublicAdmissionView.ROUTE, PublicAdmissionView.class, AdmissionUiText.PUBLIC_TITLE,
                    AdmissionUiText.GROUP, VaadinIcon.GLOBE, 72, null);
        }

        @Override
        public boolean isPublic() {
            return true;
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    private AdmissionViews() {
    }
}
