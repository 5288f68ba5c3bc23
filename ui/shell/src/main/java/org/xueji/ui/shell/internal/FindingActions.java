package org.xueji.ui.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.xueji.platform.api.Actor;
import org.xueji.ui.shell.api.FindingActionContribution;

/** The whiteboard of {@link FindingActionContribution}s (R18 one-click actions on a 人在籍不在 finding). */
@org.osgi.service.component.annotations.Component(service = FindingActions.class, immediate = true)
public class FindingActions {

    private static volatile FindingActions current;

    private final List<FindingActionContribution> actions = new CopyOnWriteArrayList<>();

    @Activate
    void activate() {
        current = this;
    }

    @Deactivate
    void deactivate() {
        if (current == this) {
            current = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAction(FindingActionContribution action) {
        actions.add(action);
    }

    void removeAction(FindingActionContribution action) {
        actions.remove(action);
    }

    /** The running shell's actions the actor may use, in order; none when the shell is stopping. */
    public static List<FindingActionContribution> of(Actor actor) {
        FindingActions registry = current;
        return registry == null ? List.of() : registry.usable(actor);
    }

    List<FindingActionContribution> usable(Actor actor) {
        return actions.stream()
                .filter(a -> a.requiredPermission() == null || actor.has(a.requiredPermission()))
                .sorted(Comparator.comparingInt(FindingActionContribution::order)
                        .thenComparing(FindingActionContribution::id))
                .toList();
    }
}
