package org.xueji.ui.shell.api;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;

/**
 * What a view needs from the console: the acting user, the user's locale, the module's
 * OSGi services, and uniform feedback for domain errors.
 */
public final class UiContext {

    /**
     * The user of the current session. Until accounts and login land (accounts issue) the
     * console acts as a district-wide demo operator.
     */
    public static Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Actor actor = session == null ? null : session.getAttribute(Actor.class);
        if (actor != null) {
            return actor;
        }
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        actor = new Actor("console-demo", "演示操作员", null, null, Set.of(), Set.of(Permission.values()), address);
        if (session != null) {
            session.setAttribute(Actor.class, actor);
        }
        return actor;
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
        return service;
    }

    /** Shows a domain error in the user's language (no stack trace). */
    public static void showError(DomainException e) {
        Notification n = Notification.show(e.message(locale()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void showSuccess(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private UiContext() {
    }
}
