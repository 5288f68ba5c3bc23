package org.xueji.ui.shell.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure: an error number for the administrator, the stack trace only in the log. */
@ParentLayout(MainLayout.class)
public class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        super("error");
    }

    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = newErrorId();
        LOG.error("Error {} opening {}", id, event.getLocation().getPath(), parameter.getCaughtException());
        show(ShellText.ERROR_TITLE.format(locale()), ShellText.ERROR_TEXT.format(locale(), id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
