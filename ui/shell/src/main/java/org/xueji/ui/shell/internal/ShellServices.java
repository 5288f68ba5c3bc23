package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.VaadinServlet;

/**
 * The shell's whiteboard, kept as attributes of the servlet context (Vaadin creates
 * views reflectively, so they fetch them from there instead of a static singleton).
 */
final class ShellServices {

    static final String VIEW_REGISTRY = ViewRegistry.class.getName();

    static ViewRegistry viewRegistry() {
        return (ViewRegistry) VaadinServlet.getCurrent().getServletContext().getAttribute(VIEW_REGISTRY);
    }

    private ShellServices() {
    }
}
