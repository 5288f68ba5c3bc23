package org.xueji.ui.shell.api;

import java.util.List;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.ui.shell.internal.ViewRegistry;

/**
 * What modules contribute to each other through the shell, for a view being built (call in
 * the UI thread): a module reads these instead of naming another module's classes or routes.
 */
public final class ShellExtensions {

    /** The student-page actions of all running modules that the actor may use, in order. */
    public static List<StudentActionContribution> studentActions(Actor actor) {
        return ViewRegistry.current().studentActions(actor);
    }

    /**
     * The route of a view that declares the topic ({@link ViewContribution#topics()}) and that
     * the actor may open; empty when no running module offers one.
     */
    public static Optional<String> routeForTopic(String topic, Actor actor) {
        return ViewRegistry.current().routeForTopic(topic, actor);
    }

    /** The actions of running modules on a 人在籍不在 finding (R18) that the actor may use, in order. */
    public static List<FindingActionContribution> findingActions(Actor actor) {
        return org.xueji.ui.shell.internal.FindingActions.of(actor);
    }

    private ShellExtensions() {
    }
}
