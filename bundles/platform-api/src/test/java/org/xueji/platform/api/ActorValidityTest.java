package org.xueji.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 7: the permission and scope checks every service method starts with also ask
 * whether the actor is still current, so that no service acts for a stale actor whatever view
 * or command kept it.
 */
class ActorValidityTest {

    private final AtomicBoolean current = new AtomicBoolean(true);
    private final Actor registrar = Actor.of("li", "李老师", Role.SCHOOL_REGISTRAR, 7L, Set.of(), "10.0.0.1")
            .withValidity(current::get);

    @Test
    void r2_aCurrentActorPassesItsChecks() {
        registrar.require(Permission.VIEW_STUDENT);
        registrar.requireSchool(7L);
        registrar.requireScope(7L, 31L);
        registrar.requireCurrent();
    }

    @Test
    void r2_aStaleActorFailsEveryRequireEvenWithinItsPermissionsAndSchool() {
        current.set(false);

        for (Runnable check : new Runnable[] {() -> registrar.require(Permission.VIEW_STUDENT),
                () -> registrar.requireSchool(7L), () -> registrar.requireScope(7L, 31L), registrar::requireCurrent}) {
            assertThatThrownBy(check::run).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
        }
    }

    @Test
    void r1_aStaleActorIsReportedAsStaleBeforeAMissingPermission() {
        current.set(false);
        assertThatThrownBy(() -> registrar.require(Permission.MANAGE_ACCOUNTS)).isInstanceOfSatisfying(
                AccessDeniedException.class, e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.SESSION_ENDED));
    }

    @Test
    void r2_actorsWithoutACheckNeverGoStale() {
        Actor job = Actor.system("demo");
        Actor built = new Actor("x", "x", null, 1L, null, Set.of(Permission.VIEW_STUDENT), "t");
        assertThat(job.validity()).isSameAs(ActorValidity.ALWAYS);
        assertThat(built.validity()).isSameAs(ActorValidity.ALWAYS);
        built.require(Permission.VIEW_STUDENT);
        assertThat(registrar.withValidity(null).validity()).isSameAs(ActorValidity.ALWAYS);
    }

    @Test
    void withValidityKeepsWhoActs() {
        Actor plain = Actor.of("li", "李老师", Role.SCHOOL_REGISTRAR, 7L, Set.of(), "10.0.0.1");
        assertThat(registrar).usingRecursiveComparison().ignoringFields("validity").isEqualTo(plain);
    }
}
