package org.xueji.registry.service.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.registry.api.RegistryMessages;

/**
 * R1 against probing through the duplicate checks (D1 一人一籍): every check is audited (who,
 * what kind, how many asked and found — never an ID number or name), and a school account may
 * find at most N records of other schools an hour. Once the budget is spent every further
 * check of that account is refused, found or not, so a refusal tells nothing about a number.
 * District accounts see the records anyway (search): audited, not limited. The count is kept
 * in memory; a restart starts it afresh.
 */
final class CrossSchoolChecks {

    static final Duration WINDOW = Duration.ofHours(1);

    /** the audit action of a check; the refusal is {@code REFUSED} */
    static final String ACTION = "student.duplicate-check";
    static final String REFUSED = "student.duplicate-check-refused";

    private final AuditService auditService;
    private final PlatformClock clock;
    private final IntSupplier hitsPerHour;
    /** username → (time, hits at other schools), oldest first */
    private final Map<String, Deque<Hits>> hitsByAccount = new ConcurrentHashMap<>();

    private record Hits(Instant at, int count) {
    }

    CrossSchoolChecks(AuditService auditService, PlatformClock clock, IntSupplier hitsPerHour) {
        this.auditService = auditService;
        this.clock = clock;
        this.hitsPerHour = hitsPerHour;
    }

    /** Before a check: refuses a limited account whose budget is spent. */
    void admit(Actor actor, String kind) {
        if (!limited(actor)) {
            return;
        }
        if (used(actor) >= hitsPerHour.getAsInt()) {
            refuse(actor, kind);
        }
    }

    /**
     * After a check: audits it and counts its hits at other schools; a check that passes the
     * budget is refused (its answer never leaves the service).
     *
     * @param asked     how many numbers or people were checked
     * @param found     records found
     * @param elsewhere of these, records the actor may not see (other schools)
     */
    void record(Actor actor, String kind, int asked, int found, int elsewhere) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", kind);
        changes.put("asked", asked);
        changes.put("found", found);
        changes.put("elsewhere", elsewhere);
        auditService.record(AuditEvent.of(actor, ACTION, "student", null, actor.schoolId()).withChanges(changes));
        if (!limited(actor) || elsewhere == 0) {
            return;
        }
        Deque<Hits> hits = hitsByAccount.computeIfAbsent(actor.username(), u -> new ArrayDeque<>());
        synchronized (hits) {
            hits.addLast(new Hits(clock.clock().instant(), elsewhere));
        }
        if (used(actor) > hitsPerHour.getAsInt()) {
            refuse(actor, kind);
        }
    }

    private void refuse(Actor actor, String kind) {
        int limit = hitsPerHour.getAsInt();
        auditService.record(AuditEvent.of(actor, REFUSED, "student", null, actor.schoolId())
                .withChanges(Map.of("kind", kind, "limit", limit)));
        throw new DomainException(RegistryMessages.DUPLICATE_CHECKS_EXCEEDED, limit);
    }

    /** Hits at other schools within the last hour. */
    int used(Actor actor) {
        Deque<Hits> hits = hitsByAccount.get(actor.username());
        if (hits == null) {
            return 0;
        }
        Instant since = clock.clock().instant().minus(WINDOW);
        synchronized (hits) {
            while (!hits.isEmpty() && !hits.peekFirst().at().isAfter(since)) {
                hits.removeFirst();
            }
            return hits.stream().mapToInt(Hits::count).sum();
        }
    }

    private static boolean limited(Actor actor) {
        return !actor.isDistrictWide();
    }
}
