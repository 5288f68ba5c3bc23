package org.xueji.platform.api;

/**
 * Whether an {@link Actor} still speaks for its account (issue 16 item 7). A console page or
 * a view may keep the actor of its login for as long as it is open; when an administrator
 * disables the account, resets its password or changes its role, school or classes, that
 * actor must no longer act. The account service that issues an actor attaches its check, and
 * {@link Actor#require}, {@link Actor#requireSchool} and {@link Actor#requireScope} — the
 * first thing every service method does — refuse an actor that is no longer current.
 */
@FunctionalInterface
public interface ActorValidity {

    /** For platform jobs and actors made by the caller itself: nothing to go stale. */
    ActorValidity ALWAYS = () -> true;

    /** {@code false} once the account changed or the session the actor came from ended. */
    boolean isCurrent();
}
