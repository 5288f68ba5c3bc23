package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xueji.registry.api.SchoolClass;

class GradeOrderTest {

    private static SchoolClass c(long id, int grade, int number) {
        return new SchoolClass(id, 1, grade, number, 2020, 50, null);
    }

    @Test
    void r18GradesNineEightSixComeFirst() {
        assertThat(GradeOrder.rank(9)).isLessThan(GradeOrder.rank(8));
        assertThat(GradeOrder.rank(8)).isLessThan(GradeOrder.rank(6));
        assertThat(GradeOrder.rank(6)).isLessThan(GradeOrder.rank(1));
        assertThat(GradeOrder.rank(1)).isLessThan(GradeOrder.rank(7));
        assertThat(GradeOrder.rank(12)).isLessThan(GradeOrder.rank(null));
    }

    @Test
    void classesOfANineYearSchoolInWorkingOrder() {
        List<SchoolClass> sorted = Stream.of(c(1, 1, 1), c(2, 7, 2), c(3, 9, 2), c(4, 6, 1), c(5, 9, 1), c(6, 8, 1),
                        c(7, 7, 1), c(8, 3, 1))
                .sorted(GradeOrder.classes()).toList();
        assertThat(sorted).extracting(SchoolClass::name).containsExactly(
                "九年级(1)班", "九年级(2)班", "八年级(1)班", "六年级(1)班", "一年级(1)班", "三年级(1)班",
                "七年级(1)班", "七年级(2)班");
    }
}
