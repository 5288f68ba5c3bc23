package org.xueji.ui.shell.internal;

import com.vaadin.flow.server.VaadinServlet;
import org.osgi.framework.BundleContext;

/**
 * The shell's OSGi objects, kept as attributes of the servlet context (Vaadin creates
 * views reflectively, so they fetch them from there instead of a static singleton).
 */
final class ShellServices {

    static final String VIEW_REGISTRY = ViewRegistry.class.getName();
    static final String BUNDLE_CONTEXT = BundleContext.class.getName();

    static ViewRegistry viewRegistry() {
        return (ViewRegistry) VaadinServlet.getCurrent().getServletContext().getAttribute(VIEW_REGISTRY);
    }

    static BundleContext bundleContext() {
        return (BundleContext) VaadinServlet.getCurrent().getServletContext().getAttribute(BUNDLE_CONTEXT);
    }

    private ShellServices() {
    }
}
