package org.xueji.classbalance.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerService;
import org.xueji.platform.testkit.MovableClock;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;

/** R16 on a schedule: classes over the cap reach the ledger without anyone opening the monitor. */
class OverCapWatchTest {

    private final MovableClock clock = new MovableClock();
    private final List<ClassSize> sizes = new ArrayList<>();
    private final List<Object[]> sizeQueries = new ArrayList<>();
    private final SchoolService schools = (SchoolService) Proxy.newProxyInstance(SchoolService.class.getClassLoader(),
            new Class<?>[] {SchoolService.class}, (proxy, method, args) -> {
                if (method.getName().equals("classSizes")) {
                    sizeQueries.add(args);
                    return sizes;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    /** Every post asked for, and what a ledger keeps: one entry per reference. */
    private final List<IncidentPost> posts = new ArrayList<>();
    private final Set<String> entries = new LinkedHashSet<>();
    private final LedgerService ledger = (LedgerService) Proxy.newProxyInstance(LedgerService.class.getClassLoader(),
            new Class<?>[] {LedgerService.class}, (proxy, method, args) -> {
                if (method.getName().equals("post")) {
                    IncidentPost p = (IncidentPost) args[1];
                    posts.add(p);
                    entries.add(p.reference());
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void r16_theHourlyCheckPostsEachClassOverTheCapOncePerMonthWithoutTheMonitorBeingOpened() {
        clock.setToday(LocalDate.of(2026, 10, 12));
        sizes.add(new ClassSize(new SchoolClass(1, 7, 1, 1, 2026, 55, null), "一小", 55, 55));
        sizes.add(new ClassSize(new SchoolClass(2, 7, 1, 2, 2026, 55, null), "一小", 56, 55));
        sizes.add(new ClassSize(new SchoolClass(3, 8, 7, 1, 2026, 55, null), "二中", 66, 55));
        sizes.add(new ClassSize(new SchoolClass(4, 7, 2, 1, 2025, 55, null), "一小", 70, 55)); // not a starting grade
        OverCapWatch watch = new OverCapWatch(schools, clock, ledger);

        assertThat(watch.run()).isEqualTo(2);
        // the whole district (no school, no grade), as a system job
        assertThat(sizeQueries.get(0)[1]).isNull();
        assertThat(sizeQueries.get(0)[2]).isNull();
        assertThat(posts).extracting(IncidentPost::type).containsOnly(IncidentType.R16_CLASS_SIZE);
        assertThat(posts).extracting(IncidentPost::schoolId).containsExactly(7L, 8L);
        assertThat(entries).containsExactly("class-over-cap#2/2026-10", "class-over-cap#3/2026-10");

        // an hour later, same month: the same references, so the ledger still holds one entry per class
        clock.advance(java.time.Duration.ofHours(1));
        watch.run();
        assertThat(entries).containsExactly("class-over-cap#2/2026-10", "class-over-cap#3/2026-10");

        // next month: one new entry per class still over the cap; class 2 is back under it
        sizes.set(1, new ClassSize(new SchoolClass(2, 7, 1, 2, 2026, 55, null), "一小", 55, 55));
        clock.setToday(LocalDate.of(2026, 11, 1));
        assertThat(watch.run()).isEqualTo(1);
        assertThat(entries).containsExactly("class-over-cap#2/2026-10", "class-over-cap#3/2026-10",
                "class-over-cap#3/2026-11");
    }

    @Test
    void r16_withoutTheLedgerNothingIsPostedAndOnceItIsInstalledTheMonthIsPosted() {
        clock.setToday(LocalDate.of(2026, 10, 12));
        sizes.add(new ClassSize(new SchoolClass(2, 7, 1, 2, 2026, 55, null), "一小", 56, 55));
        OverCapWatch watch = new OverCapWatch(schools, clock, null);
        assertThat(watch.run()).isZero();
        assertThat(posts).isEmpty();
        watch.ledger = ledger; // as DS does when the ledger is installed
        assertThat(watch.run()).isEqualTo(1);
        assertThat(entries).containsExactly("class-over-cap#2/2026-10");
        watch.ledger = null;
        assertThat(watch.run()).isZero();
    }
}
