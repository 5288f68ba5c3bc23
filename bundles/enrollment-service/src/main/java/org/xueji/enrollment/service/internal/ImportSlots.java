package org.xueji.enrollment.service.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import org.xueji.enrollment.api.EnrollmentMessages;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;

/**
 * R5 (nothing that harms the system's stable operation): an import reads a whole file and
 * checks every row against the district, so one account runs one import at a time and the
 * system a few at once (configurable); a refused import is told why and may try again.
 */
final class ImportSlots {

    private final IntSupplier globalLimit;
    private final Set<String> running = new HashSet<>();

    ImportSlots(IntSupplier globalLimit) {
        this.globalLimit = globalLimit;
    }

    /** Takes a slot for the actor's import; release it with {@link #release} when done. */
    synchronized void acquire(Actor actor) {
        if (running.contains(actor.username())) {
            throw new DomainException(EnrollmentMessages.IMPORT_ALREADY_RUNNING);
        }
        int limit = globalLimit.getAsInt();
        if (running.size() >= limit) {
            throw new DomainException(EnrollmentMessages.IMPORTS_BUSY, limit);
        }
        running.add(actor.username());
    }

    synchronized void release(Actor actor) {
        running.remove(actor.username());
    }

    synchronized int running() {
        return running.size();
    }
}
