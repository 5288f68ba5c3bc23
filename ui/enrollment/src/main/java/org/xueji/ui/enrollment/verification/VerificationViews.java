package org.xueji.ui.enrollment.verification;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The verification page as a contribution to the console, in the menu group 招生与核查. */
public final class VerificationViews {

    /** 人籍一致核查 (R18). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Verification extends ModuleView {
        public Verification() {
            super(VerificationView.ROUTE, VerificationView.class, VerificationUiText.TITLE, VerificationUiText.GROUP,
                    VaadinIcon.CLIPBOARD_CHECK, 50, Permission.VIEW_STUDENT);
        }

        @Override
        public Set<String> topics() {
            return Set.of(EnrollmentTopics.VERIFICATION);
        }
    }

    private VerificationViews() {
    }
}
