package org.xueji.registry.api.finding;

import java.util.Optional;
import org.xueji.platform.api.Actor;

/**
 * The 人在籍不在 findings of the 人籍一致 checks (R18), provided by the module that holds them. Every
 * method checks the actor's permission (EDIT_STUDENT) and school scope itself and audits (never the
 * ID number or name).
 */
public interface PresenceFindings {

    /** A 人在籍不在 finding in the actor's scope; empty when there is none of that kind with this id. */
    Optional<PresenceFinding> personWithoutRecord(Actor actor, long findingId);

    /**
     * Settles the finding by an approved registry change ({@code reference}, e.g. {@code transfer:12}):
     * marked resolved with that reference. Settling it again with the same reference changes nothing;
     * a finding already resolved otherwise, or whose check was closed, is left as it is.
     *
     * @return {@code true} when the finding is (now or already) settled with this reference
     */
    boolean settle(Actor actor, long findingId, FindingSettlement how, String reference);
}
