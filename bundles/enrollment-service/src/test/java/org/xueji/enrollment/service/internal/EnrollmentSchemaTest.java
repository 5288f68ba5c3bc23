package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xueji.platform.testkit.ModuleTestStore;

/** The enrollment changelog builds the tables its entities expect (Hibernate validates them). */
class EnrollmentSchemaTest {

    @Test
    void changelogMatchesTheEntities() {
        try (ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE, EnrollmentSchema.CHANGELOG,
                "ENROLLMENT")) {
            assertThat(store.count("select count(*) from ENR_DEADLINE")).isZero();
            store.transactions().run(em -> em.createNativeQuery(
                    "insert into TEST_AUDIT (ACTION, USERNAME) values ('x', 'y')").executeUpdate());
            assertThat(store.actions()).containsExactly("x");
        }
    }
}
