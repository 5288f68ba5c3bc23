package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.NotFoundException;

/** A domain error while opening a page (e.g. a record that does not exist). */
@ParentLayout(MainLayout.class)
public class DomainErrorView extends MessagePage implements HasErrorParameter<DomainException> {

    private static final long serialVersionUID = 1L;

    public DomainErrorView() {
        super("domain-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        DomainException e = parameter.getException();
        boolean notFound = e instanceof NotFoundException;
        show(notFound ? ShellText.NOT_FOUND_TITLE.format(locale()) : ShellText.ERROR_TITLE.format(locale()),
                e.message(locale()));
        return notFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
    }
}
