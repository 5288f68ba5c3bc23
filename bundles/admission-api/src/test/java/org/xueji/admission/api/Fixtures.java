package org.xueji.admission.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A grade-1 season of 2026 with two schools sharing one community (多校划片); ID numbers with valid check digits. */
final class Fixtures {
    static final String AGE6 = "430104202003150124";      // born 2020-03-15: 6 on 2026-08-31
    static final String AGE5 = "430104202009010210";      // born 2020-09-01: 5 on the cut-off
    static final String AGE9 = "430104201706100348";      // born 2017-06-10: 9
    static final String OTHER6 = "430104202007070789";
    static final LocalDate OPEN = LocalDate.of(2026, 6, 1);
    static final LocalDate CLOSE = LocalDate.of(2026, 6, 30);
    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    static Season season() {
        return new Season(1, SeasonSetup.typical(2026, 1, OPEN, CLOSE),
                List.of(new SchoolPlan(1, 2, 45, 5), new SchoolPlan(2, 1, 45, 0)),
                List.of(new ServiceArea("含浦街道", "含浦社区", Set.of(1L, 2L)),
                        new ServiceArea("岳麓街道", "桃花岭社区", Set.of(2L))),
                List.of(new DocumentRule(Category.MIGRANT, List.of("SOCIAL_INSURANCE"),
                                "父母一方的居住证，加社保缴费证明", "A parent's residence permit and social insurance record"),
                        new DocumentRule(Category.HOUSEHOLD, List.of("HOUSEHOLD_BOOK"), "户口簿", "Household book")),
                null, null, null, List.of());
    }

    static ResidencePermit permit() {
        return new ResidencePermit("43010420240001", "长沙市公安局岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2024, 3, 1));
    }

    static ApplicationForm migrant(String id, ResidencePermit permit) {
        return new ApplicationForm(1, "王小明", id, Category.MIGRANT, "王建国", "13800000000", null, null,
                "农业户口", permit, Set.of("SOCIAL_INSURANCE"));
    }

    static ApplicationForm household(long school, String id, String street, String community) {
        return new ApplicationForm(school, "李小红", id, Category.HOUSEHOLD, "李华", "13900000000", street, community,
                "非农业户口", null, Set.of("HOUSEHOLD_BOOK"));
    }

    private Fixtures() {
    }
}
