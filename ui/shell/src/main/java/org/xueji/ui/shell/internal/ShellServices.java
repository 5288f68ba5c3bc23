package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.VaadinServlet;

/**
 * The shell's whiteboard, kept as attributes of the servlet context (Vaadin creates
 * views reflectively, so they fetch them from there instead of a static singleton).
 */
final class ShellServices {

    static final String VIEW_REGISTRY = ViewRegistry.class.getName();

    static final String SESSIONS = SessionRegistry.class.getName();
    static final String THROTTLE = LoginThrottle.class.getName();

    static SessionRegistry sessions() {
        return (SessionRegistry) VaadinServlet.getCurrent().getServletContext().getAttribute(SESSIONS);
    }

    static LoginThrottle throttle() {
        return (LoginThrottle) VaadinServlet.getCurrent().getServletContext().getAttribute(THROTTLE);
    }

    static ViewRegistry viewRegistry() {
        return (ViewRegistry) VaadinServlet.getCurrent().getServletContext().getAttribute(VIEW_REGISTRY);
    }

    private ShellServices() {
    }
}
