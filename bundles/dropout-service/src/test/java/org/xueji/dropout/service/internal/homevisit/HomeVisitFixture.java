package org.xueji.dropout.service.internal.homevisit;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.priority.PriorityRoster;
import org.xueji.registry.api.priority.PriorityStudent;

/**
 * Home visits on the dropout module's real schema (in-memory Derby), a movable clock at
 * Wednesday 2025-10-15, and a fake registry scoped like the real one: students 101 (school 1,
 * class 11, orphan), 102 (school 1, class 12, left-behind), 201 (school 2, class 21, in no
 * registry group).
 */
abstract class HomeVisitFixture {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor PRINCIPAL_A = Actor.of("principal1", "甲校校长", Role.PRINCIPAL, 1L, Set.of(), "test");
    static final Actor PRINCIPAL_B = Actor.of("principal2", "乙校校长", Role.PRINCIPAL, 2L, Set.of(), "test");
    static final Actor HEAD_A = Actor.of("head1", "甲校班主任", Role.HEAD_TEACHER, 1L, Set.of(11L), "test");
    static final Actor TEACHER_A2 = Actor.of("teacher2", "甲校教师二", Role.TEACHER, 1L, Set.of(12L), "test");
    static final Actor TEACHER_B = Actor.of("teacher9", "乙校教师", Role.TEACHER, 2L, Set.of(21L), "test");
    static final Actor VILLAGE = Actor.of("village1", "新桥村干部", Role.VILLAGE_OFFICIAL, null, Set.of(), "test");

    static StudentData data(String name, LocalDate birth, int seq, long school, long clazz) {
        return new StudentData(name, Sex.MALE, birth, null, ChineseIdNumber.of("430121", birth, seq).value(), null,
                null, null, null, "长沙县", null, null, null, null, null, false, false, null, false, false, false,
                false, null, school, clazz, List.of());
    }

    static final Map<Long, StudentData> STUDENTS = Map.of(
            101L, data("张小明", LocalDate.of(2012, 5, 1), 11, 1, 11),
            102L, data("李小红", LocalDate.of(2013, 3, 2), 23, 1, 12),
            201L, data("王小军", LocalDate.of(2011, 9, 9), 31, 2, 21));

    static final List<PriorityStudent> PRIORITY = List.of(
            new PriorityStudent(101L, "张小明", 1, 11L, true, false, false, false),
            new PriorityStudent(102L, "李小红", 1, 12L, false, false, true, false));

    static StudentService students() {
        return (StudentService) Proxy.newProxyInstance(HomeVisitFixture.class.getClassLoader(),
                new Class<?>[] {StudentService.class}, (p, m, a) -> switch (m.getName()) {
                    case "get" -> {
                        Actor actor = (Actor) a[0];
                        StudentData d = STUDENTS.get((Long) a[1]);
                        if (d == null) {
                            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, a[1]);
                        }
                        actor.require(Permission.VIEW_STUDENT);
                        actor.requireScope(d.schoolId(), d.classId());
                        yield new Student((Long) a[1], 1, "G" + d.idNumber(), d, null, Instant.EPOCH, Instant.EPOCH);
                    }
                    case "toString" -> "FakeStudents";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    /** The registry's PriorityRoster contract: VIEW_STUDENT, school and class scope. */
    static final PriorityRoster ROSTER = new PriorityRoster() {
        @Override
        public List<PriorityStudent> priorityStudents(Actor actor, Long schoolId) {
            actor.require(Permission.VIEW_STUDENT);
            if (schoolId != null) {
                actor.requireSchool(schoolId);
            }
            return PRIORITY.stream().filter(p -> schoolId == null || p.schoolId() == schoolId)
                    .filter(p -> actor.canSee(p.schoolId(), p.classId())).toList();
        }

        @Override
        public Map<Long, Long> schoolAgeCounts(Actor actor, LocalDate on, int minAge, int maxAge) {
            throw new AssertionError("not used here");
        }
    };

    ModuleTestStore store;
    HomeVisitServiceImpl service;
    HomeVisitWatch watch;

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of("xueji-dropout", "org/xueji/dropout/service/db/changelog.xml", "DRP");
        store.clock().setToday(TODAY);
        service = new HomeVisitServiceImpl(store.support(), students(), ROSTER, HomeVisitConfig.DEFAULTS);
        watch = new HomeVisitWatch(store.transactions(), store.clock(), students(), ROSTER, HomeVisitConfig.DEFAULTS);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    long homeVisits() {
        return store.count("select count(*) from DRP_HOME_VISIT");
    }
}
