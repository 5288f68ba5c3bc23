package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.SchoolYear;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearRules;
import org.xueji.registry.api.SchoolYearService;

/**
 * Issue 15, item 1: {@code RegistrationService.currentSchoolYear()} (whose R19 deadlines the
 * reminders and views show) is the registry calendar's school year of today, not a rule of
 * the enrollment module's own.
 */
class RegistrationSchoolYearTest {

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();

    @AfterEach
    void close() {
        store.close();
    }

    /** The service reads the platform clock once, when it starts: one instance per day. */
    private int currentSchoolYearOn(SchoolYearService calendar, LocalDate today) {
        store.clock().setToday(today);
        return new RegistrationServiceImpl(store.entityManagerFactory(), store.auditTrail(), store.auditService(),
                store.clock(), registry.students(), registry.schools(), calendar).currentSchoolYear();
    }

    @Test
    void r19_currentSchoolYear_defaultCalendar_turnsOnFirstSeptember() {
        SchoolYearService calendar = OneSchoolRegistry.calendar();
        // summer break: still the ending year
        assertThat(currentSchoolYearOn(calendar, LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(currentSchoolYearOn(calendar, LocalDate.of(2026, 9, 1))).isEqualTo(2026);
        // winter break
        assertThat(currentSchoolYearOn(calendar, LocalDate.of(2027, 2, 10))).isEqualTo(2026);
    }

    @Test
    void r19_currentSchoolYear_followsTheDistrictsDates() {
        // the district lets 2026—2027 start on 24 August: the year turns then, not in September
        SchoolYearDates early = new SchoolYearDates(new SchoolYear(2026, LocalDate.of(2026, 8, 24),
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 20), LocalDate.of(2027, 7, 10)),
                LocalDate.of(2026, 9, 30), LocalDate.of(2027, 6, 16), List.of(), true);
        SchoolYearService defaults = OneSchoolRegistry.calendar();
        SchoolYearService calendar = (SchoolYearService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SchoolYearService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("schoolYearOf")) {
                        LocalDate date = (LocalDate) args[0];
                        return date.isBefore(early.first().start()) ? SchoolYearRules.defaults(2025) : early;
                    }
                    return method.invoke(defaults, args);
                });
        assertThat(currentSchoolYearOn(calendar, LocalDate.of(2026, 8, 23))).isEqualTo(2025);
        assertThat(currentSchoolYearOn(calendar, LocalDate.of(2026, 8, 24))).isEqualTo(2026);
    }
}
