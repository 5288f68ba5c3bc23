package org.xueji.ui.enrollment.autumn;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.xueji.enrollment.api.EnrollmentTopics;
import org.xueji.platform.api.Permission;
import org.xueji.ui.enrollment.verification.VerificationUiText;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** 在校生学籍注册 (issue 15) in the menu group 招生与核查, after 人籍一致核查. */
@Component(service = ViewContribution.class)
public final class AutumnRegistrationViews extends ModuleView {

    public AutumnRegistrationViews() {
        super(AutumnRegistrationView.ROUTE, AutumnRegistrationView.class, AutumnUiText.TITLE, VerificationUiText.GROUP,
                VaadinIcon.CHECK_SQUARE_O, 47, Permission.VIEW_STUDENT);
    }

    @Override
    public Set<String> topics() {
        return Set.of(EnrollmentTopics.AUTUMN_REGISTRATION);
    }
}
