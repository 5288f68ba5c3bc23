package org.xueji.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.persistence.ModuleSupport;

/** The kit's support object on a real (in-memory) schema: R7 change and audit row together, R1 refusals audited. */
class ModuleSupportTest {

    private final ModuleTestStore store = ModuleTestStore.of("xueji-testkit",
            "org/xueji/platform/testkit/changelog.xml", "TESTKIT");
    private final ModuleSupport support = store.support();
    private final Actor registrar = Actor.of("registrar1", "王老师", Role.SCHOOL_REGISTRAR, 1L, null, "test");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void r7_aChangeCommitsWithItsAuditRow() {
        support.change(em -> em.createNativeQuery("insert into KIT_THING (ID, NAME) values (1, 'a')").executeUpdate(),
                rows -> AuditEvent.of(registrar, "thing.create", "thing", 1, 1L));

        assertThat(store.count("select count(*) from KIT_THING")).isEqualTo(1);
        assertThat(store.audit()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("thing.create");
            assertThat(row.username()).isEqualTo("registrar1");
            assertThat(row.targetId()).isEqualTo("1");
            assertThat(row.schoolId()).isEqualTo(1L);
        });
    }

    @Test
    void r7_aFailedChangeLeavesNeitherRowNorAuditRow() {
        assertThatThrownBy(() -> support.change(em -> {
            em.createNativeQuery("insert into KIT_THING (ID, NAME) values (2, 'b')").executeUpdate();
            // the same key again: the database refuses, everything rolls back
            return em.createNativeQuery("insert into KIT_THING (ID, NAME) values (2, 'c')").executeUpdate();
        }, rows -> AuditEvent.of(registrar, "thing.create", "thing", 2, 1L))).isInstanceOf(RuntimeException.class);

        assertThat(store.count("select count(*) from KIT_THING")).isZero();
        assertThat(store.actions()).isEmpty();
    }

    @Test
    void r1_aRefusedCallIsAuditedInItsOwnTransaction() {
        assertThatThrownBy(() -> support.guard(registrar, "ThingService.read", "thing", 9, () -> {
            registrar.requireSchool(2L);
            return "never";
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(store.audit()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("access.denied");
            assertThat(row.changes()).contains("ThingService.read").contains(PlatformMessages.OTHER_SCHOOL.key());
        });
    }

    @Test
    void theClockIsTheStoresMovableClock() {
        store.clock().setToday(LocalDate.of(2025, 10, 8));
        assertThat(support.today()).isEqualTo(LocalDate.of(2025, 10, 8));
    }
}
