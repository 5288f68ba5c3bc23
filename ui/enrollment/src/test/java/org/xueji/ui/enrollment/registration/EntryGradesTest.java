package org.xueji.ui.enrollment.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xueji.registry.api.SchoolType;

/** R19: new students enter grade 1 or grade 7. */
class EntryGradesTest {

    @Test
    void offersTheStartingGradesTheSchoolTeaches() {
        assertThat(EntryGrades.offered(SchoolType.PRIMARY)).containsExactly(1);
        assertThat(EntryGrades.offered(SchoolType.JUNIOR)).containsExactly(7);
        assertThat(EntryGrades.offered(SchoolType.NINE_YEAR)).containsExactly(1, 7);
        assertThat(EntryGrades.offered(null)).containsExactly(1, 7);
    }

    @Test
    void defaultsByTypeOfSchool() {
        assertThat(EntryGrades.defaultFor(SchoolType.PRIMARY)).isEqualTo(1);
        assertThat(EntryGrades.defaultFor(SchoolType.JUNIOR)).isEqualTo(7);
        assertThat(EntryGrades.defaultFor(SchoolType.NINE_YEAR)).isEqualTo(1);
        assertThat(EntryGrades.defaultFor(null)).isEqualTo(1);
    }

    @Test
    void seniorHighSchoolsRegisterNoGrade1Or7Students() {
        assertThat(EntryGrades.registers(SchoolType.SENIOR)).isFalse();
        assertThat(EntryGrades.registers(SchoolType.JUNIOR)).isTrue();
        assertThat(EntryGrades.offered(SchoolType.SENIOR)).containsExactly(1, 7);
    }
}
