package org.xueji.platform.calendar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.calendar.CalendarMessages;
import org.xueji.platform.api.calendar.CalendarService.ImportResult;
import org.xueji.platform.api.calendar.CalendarYearMissingException;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.platform.testkit.ModuleTestStore;

/** D2 on the real CAL_* schema: seeding, arithmetic on the shipped years, changes, audit, refusals. */
class CalendarServiceImplTest {

    private static final Actor DISTRICT_ADMIN = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null,
            Set.of(), "test");
    private static final Actor PRINCIPAL = Actor.of("principal1", "校长", Role.PRINCIPAL, 1L, Set.of(), "test");
    private static final Actor TEACHER = Actor.of("teacher1", "教师", Role.TEACHER, 1L, Set.of(11L), "test");
    private static final String Y2027 = "{\"year\": 2027, \"papers\": [], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"国庆节\", \"date\": \"2027-10-01\", \"isOffDay\": true},"
            + "{\"name\": \"国庆节\", \"date\": \"2027-10-09\", \"isOffDay\": false}]}";

    private ModuleTestStore store;
    private CalendarServiceImpl service;

    @BeforeEach
    void setUp() {
        store = ModuleTestStore.of(CalendarSchema.UNIT, CalendarSchema.CHANGELOG, CalendarSchema.TABLE_PREFIX);
        service = new CalendarServiceImpl(store.transactions(), store.auditTrail(), store.deniedAccess(),
                store.clock().clock());
        assertThat(service.seedMissing(ShippedYears.load())).containsExactly(2024, 2025, 2026);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long days(int year) {
        return store.count("select count(*) from CAL_DAY where YEAR_NO = " + year);
    }

    @Test
    void d2_seededOnceFromTheShippedFiles() {
        assertThat(service.years()).containsExactly(2024, 2025, 2026);
        assertThat(days(2025)).isEqualTo(33);
        // a second start seeds nothing and keeps what the district changed
        service.setDay(DISTRICT_ADMIN, new SpecialDay(parse("2025-03-07"), "测试", true));
        assertThat(service.seedMissing(ShippedYears.load())).isEmpty();
        assertThat(days(2025)).isEqualTo(34);
        assertThat(store.actions()).containsExactly("calendar.year.seed", "calendar.year.seed", "calendar.year.seed",
                "calendar.day.set");
        assertThat(store.audit().get(0).username()).isEqualTo("system:calendar-seed");
    }

    @Test
    void d2_arithmeticOnTheShippedYears() {
        // the example: Tue 21 .. Fri 24 (4), Sun 26 make-up (5), Mon 27 (6), 28 Jan - 4 Feb off, Wed 5 Feb (7)
        assertThat(service.addWorkingDays(parse("2025-01-20"), 7)).isEqualTo(parse("2025-02-05"));
        assertThat(service.workingDaysBetween(parse("2025-01-20"), parse("2025-02-05"))).isEqualTo(7);
        // 2024 春节: from Thu 02-08: Fri 09 (1), Sat 10 .. Sat 17 off, Sun 18 make-up (2)
        assertThat(service.addWorkingDays(parse("2024-02-08"), 2)).isEqualTo(parse("2024-02-18"));
        // 2026 国庆: from Wed 09-30: Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3)
        assertThat(service.addWorkingDays(parse("2026-09-30"), 3)).isEqualTo(parse("2026-10-10"));
        assertThatThrownBy(() -> service.addWorkingDays(parse("2026-12-30"), 5))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void d2_theDistrictSetsAndRemovesADay_audited_andDeadlinesFollowAtOnce() {
        // Fri 2025-03-07 is an ordinary working day; from Thu 03-06 one working day is Fri 03-07
        assertThat(service.addWorkingDays(parse("2025-03-06"), 1)).isEqualTo(parse("2025-03-07"));
        service.setDay(DISTRICT_ADMIN, new SpecialDay(parse("2025-03-07"), "测试假日", true));
        // now Fri 07 off, Sat 08 and Sun 09 weekend: Mon 03-10
        assertThat(service.addWorkingDays(parse("2025-03-06"), 1)).isEqualTo(parse("2025-03-10"));
        assertThat(service.year(TEACHER, 2025).day(parse("2025-03-07"))).isPresent();
        // a Saturday made a make-up working day
        service.setDay(DISTRICT_ADMIN, new SpecialDay(parse("2025-03-08"), "测试调休", false));
        assertThat(service.isWorkingDay(parse("2025-03-08"))).isTrue();
        service.removeDay(DISTRICT_ADMIN, parse("2025-03-07"));
        assertThat(service.isWorkingDay(parse("2025-03-07"))).isTrue();
        List<AuditRow> rows = store.audit();
        assertThat(rows).extracting(AuditRow::action).endsWith("calendar.day.set", "calendar.day.set",
                "calendar.day.remove");
        AuditRow set = rows.get(3);
        assertThat(set.username()).isEqualTo("district-admin");
        assertThat(set.targetType()).isEqualTo("calendar-year");
        assertThat(set.targetId()).isEqualTo("2025");
        assertThat(set.changes()).contains("2025-03-07").contains("day-off");
        assertThat(store.count("select count(*) from CAL_YEAR where YEAR_NO = 2025 and SOURCE = 'edit' "
                + "and UPDATED_BY = 'district-admin'")).isEqualTo(1);
    }

    @Test
    void d2_changesAreCheckedAsAYear() {
        // Wed 2025-03-05 cannot be a make-up working day
        assertThatThrownBy(() -> service.setDay(DISTRICT_ADMIN, new SpecialDay(parse("2025-03-05"), "x", false)))
                .hasMessageContaining("2025-03-05");
        assertThatThrownBy(() -> service.setDay(DISTRICT_ADMIN, new SpecialDay(parse("2027-05-01"), "劳动节", true)))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> service.removeDay(DISTRICT_ADMIN, parse("2025-03-05")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CalendarMessages.DAY_NOT_FOUND));
        assertThat(days(2025)).isEqualTo(33);
        assertThat(store.actions()).containsOnly("calendar.year.seed");
    }

    @Test
    void d2_onlyTheDistrictAdministrationChanges_refusalsAudited() {
        assertThatThrownBy(() -> service.setDay(PRINCIPAL, new SpecialDay(parse("2025-03-07"), "x", true)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlatformMessages.PERMISSION_MISSING));
        assertThatThrownBy(() -> service.removeDay(TEACHER, parse("2025-10-01")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importYear(PRINCIPAL, 2027, Y2027.getBytes(UTF_8), false))
                .isInstanceOf(AccessDeniedException.class);
        // a school-scoped actor holding the permission is still refused
        Actor schoolAdmin = new Actor("school-admin", "x", Role.PRINCIPAL, 1L, Set.of(),
                Set.of(Permission.ADMINISTER_SYSTEM), "test");
        assertThatThrownBy(() -> service.importYear(schoolAdmin, 2027, Y2027.getBytes(UTF_8), false))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CalendarMessages.DISTRICT_ONLY));
        List<AuditRow> denied = store.audit().stream().filter(r -> r.action().equals("access.denied")).toList();
        assertThat(denied).extracting(AuditRow::username)
                .containsExactly("principal1", "teacher1", "principal1", "school-admin");
        assertThat(denied.get(2).changes()).contains("calendar.year.import");
        assertThat(service.years()).containsExactly(2024, 2025, 2026);
        assertThat(days(2025)).isEqualTo(33);
        // reads are open to every logged-in actor
        assertThat(service.years(TEACHER)).containsExactly(2024, 2025, 2026);
        assertThat(service.year(PRINCIPAL, 2026).days()).hasSize(39);
    }

    @Test
    void d2_importANewYear_thenReplaceOnlyWhenAsked() {
        ImportResult added = service.importYear(DISTRICT_ADMIN, 2027, Y2027.getBytes(UTF_8), false);
        assertThat(added).isEqualTo(new ImportResult(2027, 2, 1, false, 0));
        // Thu 2026-12-31: Fri 2027-01-01 off, weekend, Mon 01-04 (1)
        assertThat(service.addWorkingDays(parse("2026-12-31"), 1)).isEqualTo(parse("2027-01-04"));
        assertThatThrownBy(() -> service.importYear(DISTRICT_ADMIN, 2025, ShippedYears.bytes(2025), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CalendarMessages.YEAR_EXISTS));
        assertThat(days(2025)).isEqualTo(33);
        String small2025 = "{\"year\": 2025, \"days\": [{\"name\": \"元旦\", \"date\": \"2025-01-01\", "
                + "\"isOffDay\": true}]}";
        ImportResult replaced = service.importYear(DISTRICT_ADMIN, 2025, small2025.getBytes(UTF_8), true);
        assertThat(replaced).isEqualTo(new ImportResult(2025, 1, 0, true, 33));
        assertThat(days(2025)).isEqualTo(1);
        // 春节 2025 no longer declared: Tue 2025-01-28 is an ordinary working day
        assertThat(service.isWorkingDay(parse("2025-01-28"))).isTrue();
        List<AuditRow> imports = store.audit().stream().filter(r -> r.action().equals("calendar.year.import"))
                .toList();
        assertThat(imports).hasSize(2);
        assertThat(imports.get(1).changes()).contains("replaced=true").contains("previousDays=33")
                .contains("daysOff=1");
    }

    @Test
    void d2_aBadImportStoresNothing() {
        for (String bad : List.of("{\"year\": 2027, \"days\": [", "{\"year\": 2026, \"days\": []}",
                "{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2028-01-01\", \"isOffDay\": true}]}")) {
            assertThatThrownBy(() -> service.importYear(DISTRICT_ADMIN, 2027, bad.getBytes(UTF_8), true))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(service.years()).containsExactly(2024, 2025, 2026);
        assertThat(store.count("select count(*) from CAL_YEAR")).isEqualTo(3);
        assertThat(store.actions()).containsOnly("calendar.year.seed");
    }
}
