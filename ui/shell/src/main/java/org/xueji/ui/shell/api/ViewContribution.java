package org.xueji.ui.shell.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Set;
import org.xueji.platform.api.Permission;

/**
 * A view that a module contributes to the web console. Register it as an OSGi service
 * (e.g. a DS component); the shell routes {@link #route()} to {@link #viewClass()} inside
 * its main layout and, if {@link #inMenu()}, adds a menu entry under {@link #group(Locale)}.
 */
public interface ViewContribution {

    /** Route template, e.g. {@code students} or {@code students/:studentId}. */
    String route();

    Class<? extends Component> viewClass();

    /** Menu and page title in the user's language. */
    String title(Locale locale);

    /** Menu group (the module's name) in the user's language. */
    String group(Locale locale);

    default VaadinIcon icon() {
        return VaadinIcon.FILE_TEXT_O;
    }

    /** Position within the group and of the group itself (lowest first). */
    default int order() {
        return 100;
    }

    /** Permission needed to see the menu entry and open the view; {@code null} for everybody. */
    default Permission requiredPermission() {
        return null;
    }

    /**
     * Topics this view handles, e.g. {@code enrollment.deadlines}: a reminder
     * ({@link org.xueji.platform.api.reminder.Reminder#topic()}) about one of them links here.
     * Services name topics, never console routes.
     */
    default Set<String> topics() {
        return Set.of();
    }

    /** Detail pages (with route parameters) are routed but not listed in the menu. */
    default boolean inMenu() {
        return true;
    }

    /**
     * A page anybody may open without logging in (e.g. published admission plans and a family's
     * own application, issue 12). It is routed outside the main layout (no menu, no account
     * data), never listed in the menu, and must not have a {@link #requiredPermission()}: the
     * view itself shows only what is public and its services check everything else. Every other
     * view still needs a login.
     */
    default boolean isPublic() {
        return false;
    }
}
