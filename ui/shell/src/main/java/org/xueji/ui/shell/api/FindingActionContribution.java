package org.xueji.ui.shell.api;

import java.util.Locale;
import org.xueji.platform.api.Permission;

/**
 * An action a module adds to a 人在籍不在 finding of the 人籍一致 check (R18: a child at school without a
 * record there), e.g. "发起转学" of the transfer module. Register it as an OSGi service; the check's lists
 * show, on each open finding of that kind, the actions whose permission the actor holds while the
 * contributing module runs. The route is the contributing module's own (the finding's module never
 * names it); the contributing module reads the finding through registry-api
 * {@code org.xueji.registry.api.finding.PresenceFindings}.
 */
public interface FindingActionContribution {

    /** Element id prefix of the action's link (e.g. {@code finding-transfer}; the finding id is appended). */
    String id();

    /** The link text in the user's language. */
    String label(Locale locale);

    /** Permission needed to see and use the action; {@code null} for whoever sees the finding. */
    Permission requiredPermission();

    /** Where the action goes for this finding, a route of the contributing module (with its parameters). */
    String href(long findingId);

    /** Position among the actions (lowest first). */
    default int order() {
        return 100;
    }
}
