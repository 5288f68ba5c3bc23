package org.xueji.ui.shell.api;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.ui.shell.kit.Notify;

/**
 * What a view needs from the console: the logged-in user, the user's locale, the module's
 * OSGi services, and uniform feedback for domain errors.
 */
public final class UiContext {

    /**
     * The logged-in user of the current session (R1). The console lets nobody reach a view
     * without logging in, so a view never sees "no actor"; outside a session this throws.
     */
    public static Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Actor actor = session == null ? null : session.getAttribute(Actor.class);
        if (actor == null) {
            throw new AccessDeniedException(PlatformMessages.NOT_LOGGED_IN);
        }
        return actor;
    }

    /** Whether someone is logged in to the current session. */
    public static boolean loggedIn() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(Actor.class) != null;
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /**
     * A service of the given type, looked up through the calling view's bundle.
     *
     * @throws ModuleUnavailableException when no such service is registered
     */
    public static <T> T service(Class<?> caller, Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<T> ref = context == null ? null : context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new ModuleUnavailableException(type.getName());
        }
        // DS services are singletons: release the use count at once rather than per view
        context.ungetService(ref);
        return service;
    }

    /**
     * Every registered service of the given type (a whiteboard read once, e.g. the audit action
     * labels all modules contribute), looked up through the calling view's bundle; empty when none.
     */
    public static <T> java.util.List<T> services(Class<?> caller, Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        java.util.List<T> found = new java.util.ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            for (ServiceReference<T> ref : context.getServiceReferences(type, null)) {
                T service = context.getService(ref);
                if (service != null) {
                    found.add(service);
                    context.ungetService(ref); // DS singletons, as in service()
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given
        }
        return found;
    }

    /** Shows a domain error in the user's language (no stack trace). */
    public static void showError(DomainException e) {
        Notify.error(e);
    }

    /** A success message (see {@link Notify}). */
    public static void showSuccess(String message) {
        Notify.success(message);
    }

    private UiContext() {
    }
}
