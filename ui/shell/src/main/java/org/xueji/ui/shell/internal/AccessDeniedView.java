package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.xueji.platform.api.AccessDeniedException;

/** The service refused the actor (permission or school scope, R1). */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    private static final long serialVersionUID = 1L;

    public AccessDeniedView() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(ShellText.ACCESS_DENIED_TITLE.format(locale()), parameter.getException().message(locale()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
