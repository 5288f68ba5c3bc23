package org.xueji.admission.service.internal;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.ResidencePermit;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.workflow.Decision;
import org.xueji.platform.api.workflow.NewWorkflowRequest;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.WorkflowOutcome;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.throttle.AddressThrottles;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;

/**
 * Admission on its real schema (in-memory Derby): schools 1 and 2, a grade-1 season of 2026
 * (window 1–30 June, cut-off 31 August), community 含浦社区 shared by both schools, the migrant
 * category asking for the social insurance record only; the clock on 10 June.
 */
abstract class AdmissionFixture {

    static final LocalDate IN_WINDOW = LocalDate.of(2026, 6, 10);
    static final LocalDate AFTER_WINDOW = LocalDate.of(2026, 7, 2);
    static final LocalDate RESULTS_DAY = LocalDate.of(2026, 7, 30);
    /** Valid ID numbers (check digits computed independently), all born in 2020: 6 on the cut-off. */
    static final List<String> CHILDREN = List.of("43010420200105100X", "430104202002061015", "430104202003071020",
            "430104202004081036", "430104202005091041", "430104202006101053", "430104202007111069",
            "430104202001121071", "430104202002131087", "430104202003141092", "430104202004151102",
            "430104202005161118");

    static final Actor DISTRICT = Actor.of("district-admin", "区学籍管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    static final Actor REGISTRAR_1 = Actor.of("registrar1", "一小学籍管理员", Role.SCHOOL_REGISTRAR, 1L, Set.of(), "test");
    static final Actor REGISTRAR_2 = Actor.of("registrar2", "二小学籍管理员", Role.SCHOOL_REGISTRAR, 2L, Set.of(), "test");
    static final Actor TEACHER_1 = Actor.of("teacher1", "教师", Role.TEACHER, 1L, Set.of(1L), "test");
    static final Actor LEADER = Actor.of("leader", "区领导", Role.DISTRICT_LEADER, null, Set.of(), "test");

    ModuleTestStore store;
    PlanApprovalHandler approvals;
    /** Workflow requests submitted (admission-plan), by id 1, 2, …; and those decided. */
    final List<WorkflowRequest> requests = new ArrayList<>();
    final Set<Long> decided = new HashSet<>();
    AdmissionServiceImpl admission;
    PublicAdmissionImpl family;
    CountingThrottles throttles;
    Season season;

    @BeforeEach
    void openStore() {
        store = ModuleTestStore.of(AdmissionSchema.UNIT, AdmissionSchema.CHANGELOG, "ADM");
        store.clock().setToday(IN_WINDOW);
        approvals = new PlanApprovalHandler(store.transactions(), store.auditTrail());
        admission = new AdmissionServiceImpl(store.support(), schools(), this::submit);
        throttles = new CountingThrottles();
        family = new PublicAdmissionImpl(store.support(), throttles, schools());
        SeasonSetup setup = SeasonSetup.typical(2026, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        long id = admission.createSeason(DISTRICT, setup).id();
        admission.savePlan(DISTRICT, id, new SchoolPlan(1, 1, 3, 0));
        admission.savePlan(DISTRICT, id, new SchoolPlan(2, 1, 5, 1));
        admission.saveArea(DISTRICT, id, new ServiceArea("含浦街道", "含浦社区", Set.of(1L, 2L)));
        admission.saveArea(DISTRICT, id, new ServiceArea("岳麓街道", "桃花岭社区", Set.of(2L)));
        admission.saveDocumentRule(DISTRICT, id, new DocumentRule(Category.MIGRANT, List.of("SOCIAL_INSURANCE"),
                "父母一方的居住证，加社保缴费证明", "A parent's residence permit and social insurance record"));
        admission.saveDocumentRule(DISTRICT, id, new DocumentRule(Category.HOUSEHOLD, List.of("HOUSEHOLD_BOOK"),
                "户口簿", "Household book"));
        approveOpenRequests();
        season = admission.season(DISTRICT, id);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The kit's WorkflowSubmission as the admission service sees it: records the request. */
    private WorkflowRequest submit(javax.persistence.EntityManager em, Actor actor, NewWorkflowRequest r) {
        WorkflowRequest w = new WorkflowRequest(requests.size() + 1, r.type(), r.subjectRef(), r.subject(),
                r.schoolId(), RequestStatus.PENDING, actor.username(), Instant.EPOCH, null, List.of());
        requests.add(w);
        return w;
    }

    /** The district leader's decision, as the workflow hands it to the handler (in its transaction). */
    void decide(WorkflowRequest request, Decision decision) {
        decided.add(request.id());
        store.transactions().run(em -> approvals.decided(em, new WorkflowOutcome(request, decision, LEADER, null)));
    }

    /** Approves every request not decided yet (the district approved the plans). */
    void approveOpenRequests() {
        for (WorkflowRequest r : List.copyOf(requests)) {
            if (!decided.contains(r.id())) {
                decide(r, Decision.APPROVE);
            }
        }
    }

    static ResidencePermit permit() {
        return new ResidencePermit("43010420240001", "长沙市公安局岳麓分局", "含浦街道", "含浦社区",
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), LocalDate.of(2024, 3, 1));
    }

    static ApplicationForm migrant(long school, String id) {
        return new ApplicationForm(school, "王小明", id, Category.MIGRANT, "王建国", "13800000000", null, null,
                "AGRICULTURAL", permit(), Set.of("SOCIAL_INSURANCE"));
    }

    static ApplicationForm household(long school, String id) {
        return new ApplicationForm(school, "李小红", id, Category.HOUSEHOLD, "李华", "13900000000", "含浦街道", "含浦社区",
                "2", null, Set.of("HOUSEHOLD_BOOK"));
    }

    Application eligible(Actor school, ApplicationForm form) {
        Application a = admission.apply(school, season.id(), form);
        return admission.review(school, a.id(), true, null);
    }

    long applications() {
        return store.count("select count(*) from ADM_APPLICATION");
    }

    /** Schools 1 and 2, scoped like the registry's service; nothing else is used. */
    static SchoolService schools() {
        Map<Long, School> all = Map.of(1L, new School(1, "S001", "含浦一小", SchoolType.PRIMARY, "含浦街道", List.of(),
                false, null, null), 2L, new School(2, "S002", "含浦二小", SchoolType.PRIMARY, "含浦街道", List.of(),
                false, null, null));
        return (SchoolService) Proxy.newProxyInstance(SchoolService.class.getClassLoader(),
                new Class<?>[] {SchoolService.class}, (proxy, method, args) -> {
                    Actor actor = (Actor) args[0];
                    switch (method.getName()) {
                        case "getSchool" -> {
                            long id = (Long) args[1];
                            actor.requireSchool(id);
                            School s = all.get(id);
                            if (s == null) {
                                throw new NotFoundException(RegistryMessages.SCHOOL_NOT_FOUND, id);
                            }
                            return s;
                        }
                        case "listSchools" -> {
                            return all.values().stream().filter(s -> actor.canSee(s.id(), null))
                                    .sorted(java.util.Comparator.comparing(School::code)).toList();
                        }
                        default -> throw new AssertionError("not used by admission: " + method.getName());
                    }
                });
    }

    /** Refuses an address after {@code free} counted attempts (the real throttle is tested in platform-security). */
    static final class CountingThrottles implements AddressThrottles {
        final Map<String, Integer> free = new HashMap<>();
        final Map<String, Integer> counted = new HashMap<>();

        @Override
        public Pool pool(String name, int freeAttempts, Duration maxWait) {
            free.put(name, freeAttempts);
            return new Pool() {
                @Override
                public Instant waitUntil(String address) {
                    return counted.getOrDefault(name + "|" + address, 0) >= free.get(name) ? Instant.MAX : null;
                }

                @Override
                public void count(String address) {
                    counted.merge(name + "|" + address, 1, Integer::sum);
                }
            };
        }
    }
}
