package org.xueji.dropout.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.dropout.api.AttendanceResult;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.followup.AtRiskSource;

/** The attendance feed: consecutive unexplained absences at the threshold (3) make one suspected entry. */
class AttendanceTest extends DropoutFixture {

    static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

    /** A CSV sheet for class 11 (student 101); {@code marks} for days 1, 2, 3 … */
    static ByteArrayInputStream sheet(String... lines) {
        List<String> all = new ArrayList<>();
        StringBuilder header = new StringBuilder("身份证号,姓名");
        for (int d = 1; d <= 30; d++) {
            header.append(',').append(d);
        }
        all.add(header.toString());
        all.addAll(List.of(lines));
        return new ByteArrayInputStream(String.join("\r\n", all).getBytes(StandardCharsets.UTF_8));
    }

    static String row(long student, String... marks) {
        return Fakes.STUDENTS.get(student).idNumber() + "," + Fakes.STUDENTS.get(student).name() + ","
                + String.join(",", marks);
    }

    @Test
    void attendance_threeUnexplainedSchoolDaysInARowMakeASuspectedEntry() {
        // 旷 on Mon 1, Tue 2; the weekend-like blank day 3 does not break the run; 旷 on 4 makes three
        AttendanceResult r = service.importAttendance(HEAD_A, 11L, SEPTEMBER, "九月.csv",
                sheet(row(101L, "旷", "旷", "", "×", "√")));

        assertThat(r.flagged()).containsExactly(101L);
        assertThat(r.opened()).isEqualTo(1);
        Entry e = service.list(DISTRICT, EntryQuery.open(), 0, 10).get(0);
        assertThat(e.studentId()).isEqualTo(101L);
        assertThat(e.sources()).extracting(s -> s.source()).containsExactly(AtRiskSource.ATTENDANCE);
        assertThat(e.foundOn()).isEqualTo(SEPTEMBER.atEndOfMonth());
        // the same month again: no second entry, no second source
        service.importAttendance(HEAD_A, 11L, SEPTEMBER, "九月.csv", sheet(row(101L, "旷", "旷", "旷")));
        assertThat(entries()).isEqualTo(1);
        assertThat(store.count("select count(*) from DRP_SOURCE")).isEqualTo(1);
    }

    @Test
    void attendance_explainedAbsencesOrPresenceBreakTheRun() {
        AttendanceResult r = service.importAttendance(REGISTRAR_A, 11L, SEPTEMBER, "九月.csv",
                sheet(row(101L, "旷", "旷", "病", "旷", "旷", "√", "旷")));

        assertThat(r.flagged()).isEmpty();
        assertThat(entries()).isZero();
    }

    @Test
    void badInput_unknownStudentDuplicateRowUnknownMarkOrFutureMonthRefusedNothingStored() {
        assertRefused(sheet(row(101L, "旷", "旷", "旷"), row(102L, "√")), SEPTEMBER,
                DropoutMessages.ATTENDANCE_UNKNOWN_STUDENT); // 102 is in class 12
        assertRefused(sheet(row(101L, "旷", "旷", "旷"), row(101L, "√")), SEPTEMBER, DropoutMessages.ATTENDANCE_DUPLICATE);
        assertRefused(sheet(row(101L, "旷", "旷", "迟到")), SEPTEMBER, DropoutMessages.ATTENDANCE_UNKNOWN_MARK);
        assertRefused(sheet(row(101L, "旷")), YearMonth.of(2025, 11), DropoutMessages.MONTH_IN_FUTURE);
        assertThat(entries()).isZero();
    }

    @Test
    void attendance_onlyForTheClassesInScope() {
        assertThatThrownBy(() -> service.importAttendance(TEACHER_A2, 11L, SEPTEMBER, "九月.csv",
                sheet(row(101L, "旷", "旷", "旷")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importAttendance(PRINCIPAL_B, 11L, SEPTEMBER, "九月.csv",
                sheet(row(101L, "旷", "旷", "旷")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importAttendance(VILLAGE, 11L, SEPTEMBER, "九月.csv",
                sheet(row(101L, "旷", "旷", "旷")))).isInstanceOf(AccessDeniedException.class);
        assertThat(entries()).isZero();
    }

    private void assertRefused(ByteArrayInputStream content, YearMonth month, DropoutMessages key) {
        assertThatThrownBy(() -> service.importAttendance(REGISTRAR_A, 11L, month, "九月.csv", content))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(((ValidationException) x).errors()).extracting(f -> f.messageKey())
                        .contains(key));
    }
}
