package org.xueji.admission.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.admission.api.Application;
import org.xueji.admission.service.internal.command.BenchAdmissionCommand;

/** {@code xueji:bench-admission} prints figures (no time asserted): what it ran, on the data it was given. */
class BenchAdmissionCommandTest extends AdmissionFixture {

    @Test
    void item4_allocationFigureCountsTheRunItDid() {
        // 20,000 over 40 schools: 500 each, ranks 0/1/2 in turn = 167 + 167 + 166; 360 seats: the third group drawn
        assertThat(BenchAdmissionCommand.allocation(20_000, 40)).contains("20000 份申请", "40 所学校", "40 次派位",
                "录取 14400 人");
    }

    @Test
    void item4_lookupFiguresComeFromTheLiveServiceAndNameNoChild() throws Exception {
        Application a = family.apply("10.0.0.1", season.id(), migrant(1, CHILDREN.get(0)));
        Application b = family.apply("10.0.0.2", season.id(), household(1, CHILDREN.get(1)));
        String line = BenchAdmissionCommand.lookups(family, List.of(new String[] {a.number(), CHILDREN.get(0)},
                new String[] {b.number(), CHILDREN.get(1)}), 4, 40);
        assertThat(line).startsWith("公开查询：4 个线程、40 次（2 份申请）").contains("p50", "p95")
                .doesNotContain(CHILDREN.get(0), a.number());
        // hits count against no address (the two submissions are the applications above)
        assertThat(throttles.counted.keySet()).noneMatch(k -> k.startsWith("admission-lookup"));
    }
}
