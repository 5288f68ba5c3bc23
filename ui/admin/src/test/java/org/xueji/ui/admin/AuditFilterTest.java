package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditQuery;

class AuditFilterTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void emptyFilterIsTheWholeTrail() {
        assertThat(AuditFilter.NONE.toQuery(SHANGHAI)).isEqualTo(AuditQuery.all());
        assertThat(new AuditFilter("  ", null, "", " ", null, null).toQuery(SHANGHAI)).isEqualTo(AuditQuery.all());
    }

    @Test
    void trimsTextFilters() {
        AuditQuery q = new AuditFilter(" registrar1 ", 3L, null, " login.failed ", null, null).toQuery(SHANGHAI);
        assertThat(q.username()).isEqualTo("registrar1");
        assertThat(q.schoolId()).isEqualTo(3L);
        assertThat(q.action()).isEqualTo("login.failed");
        assertThat(q.targetType()).isNull();
        assertThat(q.targetId()).isNull();
    }

    @Test
    void studentIdFindsOperationsOnThatStudent() {
        AuditQuery q = new AuditFilter(null, null, " 12345 ", null, null, null).toQuery(SHANGHAI);
        assertThat(q.targetType()).isEqualTo("student");
        assertThat(q.targetId()).isEqualTo("12345");
    }

    @Test
    void timeRangeIsLocalTimeWithInclusiveLastMinute() {
        AuditQuery q = new AuditFilter(null, null, null, null, LocalDateTime.of(2026, 3, 15, 8, 0),
                LocalDateTime.of(2026, 3, 15, 9, 30)).toQuery(SHANGHAI);
        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-03-15T01:30:59.999999999Z"));
    }

    @Test
    void openEndedRanges() {
        AuditQuery from = new AuditFilter(null, null, null, null, LocalDateTime.of(2026, 1, 1, 0, 0), null)
                .toQuery(SHANGHAI);
        assertThat(from.from()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(from.to()).isNull();
        AuditQuery to = new AuditFilter(null, null, null, null, null, LocalDateTime.of(2026, 1, 1, 0, 0))
                .toQuery(SHANGHAI);
        assertThat(to.from()).isNull();
        assertThat(to.to()).isEqualTo(Instant.parse("2025-12-31T16:00:59.999999999Z"));
    }

    @Test
    void reversedRangeIsInvalid() {
        LocalDateTime a = LocalDateTime.of(2026, 3, 15, 8, 0);
        assertThat(new AuditFilter(null, null, null, null, a, a.minusMinutes(1)).rangeValid()).isFalse();
        assertThat(new AuditFilter(null, null, null, null, a, a).rangeValid()).isTrue();
        assertThat(new AuditFilter(null, null, null, null, a, null).rangeValid()).isTrue();
    }

    @Test
    void wildcardActionIsPassedOn() {
        assertThat(new AuditFilter(null, null, null, "account.*", null, null).toQuery(SHANGHAI).action())
                .isEqualTo("account.*");
    }

    @Test
    void equalFiltersAreEqual() {
        // the view re-runs the search only when the filter changed
        assertThat(new AuditFilter(" a ", null, null, null, null, null))
                .isEqualTo(new AuditFilter("a", null, "", null, null, null));
    }
}
