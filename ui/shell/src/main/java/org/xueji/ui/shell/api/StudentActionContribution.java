package org.xueji.ui.shell.api;

import java.util.Locale;
import org.xueji.platform.api.Permission;

/**
 * An action a module adds to the registry's student record page (e.g. "print 学籍登记表").
 * Register it as an OSGi service; the page shows the actions whose permission the actor
 * holds, while the contributing module runs. The route is the contributing module's own:
 * the registry never names another module's routes.
 */
public interface StudentActionContribution {

    /** Element id of the action's link on the page, stable for tests (e.g. {@code student-print}). */
    String id();

    /** The link text in the user's language. */
    String label(Locale locale);

    /** Permission needed to see and use the action; {@code null} for whoever sees the student. */
    Permission requiredPermission();

    /** Where the action goes for this student, a route of the contributing module (with its parameters). */
    String href(long studentId);

    /** Position among the actions (lowest first). */
    default int order() {
        return 100;
    }
}
