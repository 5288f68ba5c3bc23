package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No route for the path. If a module's view used to live there, say that the module is
 * not available (it was stopped or is being upgraded) rather than "not found".
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends MessagePage implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    public NotFoundView() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        var module = ShellServices.viewRegistry().departedModule(path);
        if (module.isPresent()) {
            setId("module-unavailable");
            show(ShellText.MODULE_UNAVAILABLE_TITLE.format(locale()),
                    ShellText.MODULE_UNAVAILABLE_TEXT.format(locale(), module.get()));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        show(ShellText.NOT_FOUND_TITLE.format(locale()), ShellText.NOT_FOUND_TEXT.format(locale(), path));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
