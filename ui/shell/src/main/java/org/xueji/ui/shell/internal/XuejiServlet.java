package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;

/** The console's Vaadin servlet: default locale zh_CN, friendly error handling. */
public class XuejiServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(XuejiServlet.class);
    static final String LANGUAGE_COOKIE = "xueji-lang";

    @Override
    protected void servletInitialized() throws jakarta.servlet.ServletException {
        super.servletInitialized();
        getService().addSessionInitListener(event -> {
            VaadinSession session = event.getSession();
            session.setLocale(preferredLocale(event.getRequest().getCookies()));
            session.setErrorHandler(errorEvent -> {
                Throwable t = errorEvent.getThrowable();
                DomainException domain = findDomainException(t);
                if (domain != null && StaleSessions.endIfEnded(domain)) {
                    return;
                }
                if (domain != null) {
                    UiContext.showError(domain);
                } else {
                    String id = ErrorView.newErrorId();
                    LOG.error("Unhandled error {} in the console", id, t);
                    com.vaadin.flow.component.notification.Notification.show(
                            ShellText.ERROR_TEXT.format(UiContext.locale(), id), 8000,
                            com.vaadin.flow.component.notification.Notification.Position.MIDDLE)
                            .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                }
            });
        });
        getService().addUIInitListener(event -> {
            event.getUI().setLocale(event.getUI().getSession().getLocale());
            event.getUI().addBeforeEnterListener(new AccessControl());
        });
    }

    static Locale preferredLocale(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static DomainException findDomainException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }
}
