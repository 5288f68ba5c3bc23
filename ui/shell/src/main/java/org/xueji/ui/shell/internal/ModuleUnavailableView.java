package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.xueji.ui.shell.api.ModuleUnavailableException;

/** A view's module service is not running. */
@ParentLayout(MainLayout.class)
public class ModuleUnavailableView extends MessagePage implements HasErrorParameter<ModuleUnavailableException> {

    private static final long serialVersionUID = 1L;

    public ModuleUnavailableView() {
        super("module-unavailable");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ModuleUnavailableException> parameter) {
        String service = parameter.getException().serviceName();
        String module = service.replaceAll("^org\\.xueji\\.([a-z]+)\\..*$", "$1");
        show(ShellText.MODULE_UNAVAILABLE_TITLE.format(locale()),
                ShellText.MODULE_UNAVAILABLE_TEXT.format(locale(), module));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
