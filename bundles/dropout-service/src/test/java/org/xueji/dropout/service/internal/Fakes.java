package org.xueji.dropout.service.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.workflow.RequestStatus;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.persistence.WorkflowSubmission;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.followup.AtRiskSignal;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.LedgerService;

/** Test doubles of the registry, the workflow and the ledger: only the methods the dropout module calls. */
final class Fakes {

    private Fakes() {
    }

    /** A valid ID number (check character computed by the platform's rule) for a birth date and sex. */
    static String id(LocalDate birth, int sequence) {
        return ChineseIdNumber.of("430121", birth, sequence).value();
    }

    static StudentData data(String name, Sex sex, LocalDate birth, int seq, long school, long clazz) {
        return new StudentData(name, sex, birth, null, id(birth, seq), null, null, null, null, "长沙县", null, null,
                null, null, null, false, false, null, false, false, false, false, null, school, clazz, List.of());
    }

    /** Students 101 (school 1, class 11), 102 (school 1, class 12), 201 (school 2, class 21). */
    static final Map<Long, StudentData> STUDENTS = Map.of(
            101L, data("张小明", Sex.MALE, LocalDate.of(2012, 5, 1), 11, 1, 11),
            102L, data("李小红", Sex.FEMALE, LocalDate.of(2013, 3, 2), 22, 1, 12),
            201L, data("王小军", Sex.MALE, LocalDate.of(2011, 9, 9), 31, 2, 21));

    static StudentService students() {
        return (StudentService) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {StudentService.class}, (p, m, a) -> switch (m.getName()) {
                    case "get" -> {
                        Actor actor = (Actor) a[0];
                        StudentData d = STUDENTS.get((Long) a[1]);
                        if (d == null) {
                            throw new NotFoundException(RegistryMessages.STUDENT_NOT_FOUND, a[1]);
                        }
                        actor.requireScope(d.schoolId(), d.classId());
                        yield new Student((Long) a[1], 1, "G" + d.idNumber(), d, null, Instant.EPOCH, Instant.EPOCH);
                    }
                    case "findByIdNumber" -> STUDENTS.entrySet().stream()
                            .filter(e -> e.getValue().idNumber().equals(a[1]))
                            .map(e -> new Student(e.getKey(), 1, "G", e.getValue(), null, Instant.EPOCH, Instant.EPOCH))
                            .findFirst();
                    case "schoolRoster" -> {
                        ((Actor) a[0]).requireSchool((Long) a[1]);
                        yield STUDENTS.entrySet().stream().filter(e -> e.getValue().schoolId().equals(a[1]))
                                .map(e -> new org.xueji.registry.api.StudentSummary(e.getKey(), "G", e.getValue().name(),
                                        e.getValue().sex(), e.getValue().birthDate(), e.getValue().idNumber(),
                                        e.getValue().schoolId(), "校", 7, e.getValue().classId(), "七年级"))
                                .toList();
                    }
                    case "toString" -> "FakeStudents";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    static SchoolService schools() {
        return (SchoolService) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {SchoolService.class}, (p, m, a) -> switch (m.getName()) {
                    case "getClass" -> {
                        long id = (Long) a[1];
                        ((Actor) a[0]).requireSchool(id / 10);
                        if (id != 11 && id != 12 && id != 21) {
                            throw new NotFoundException(RegistryMessages.CLASS_NOT_FOUND, id);
                        }
                        yield new SchoolClass(id, id / 10, 7, (int) (id % 10), 2025, 50, null);
                    }
                    case "toString" -> "FakeSchools";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    /** Autumn semester 2025 from 2025-09-01 to 2026-01-20. */
    static SchoolYearService years() {
        Semester autumn = new Semester(2025, 1, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 20));
        return (SchoolYearService) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {SchoolYearService.class}, (p, m, a) -> switch (m.getName()) {
                    case "semesterOf" -> autumn.contains((LocalDate) a[0]) ? Optional.of(autumn) : Optional.empty();
                    case "toString" -> "FakeYears";
                    default -> throw new AssertionError("not used: " + m.getName());
                });
    }

    /** Records what is submitted; the test decides by calling the handler. */
    static final class Submissions implements WorkflowSubmission {
        final List<org.xueji.platform.api.workflow.NewWorkflowRequest> submitted = new ArrayList<>();

        @Override
        public WorkflowRequest submit(javax.persistence.EntityManager em, Actor actor,
                                      org.xueji.platform.api.workflow.NewWorkflowRequest request) {
            submitted.add(request);
            return request(submitted.size(), request, RequestStatus.PENDING, actor.username());
        }

        static WorkflowRequest request(long id, org.xueji.platform.api.workflow.NewWorkflowRequest r,
                                       RequestStatus status, String by) {
            return new WorkflowRequest(id, r.type(), r.subjectRef(), r.subject(), r.schoolId(), status, by,
                    Instant.EPOCH, null, List.of());
        }
    }

    /** Collects ledger posts; a post with a reference seen before is not recorded again (like the ledger). */
    static final class Ledger {
        final List<IncidentPost> posts = new ArrayList<>();

        LedgerService service() {
            return (LedgerService) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                    new Class<?>[] {LedgerService.class}, (p, m, a) -> switch (m.getName()) {
                        case "post" -> {
                            IncidentPost post = (IncidentPost) a[1];
                            if (posts.stream().noneMatch(x -> x.reference().equals(post.reference()))) {
                                posts.add(post);
                            }
                            yield null;
                        }
                        case "toString" -> "FakeLedger";
                        default -> throw new AssertionError("not used: " + m.getName());
                    });
        }
    }

    static AtRiskSignal signal(org.xueji.registry.api.followup.AtRiskSource source, long student, String ref,
                               LocalDate on) {
        return new AtRiskSignal(source, student, STUDENTS.get(student).schoolId(), on, ref);
    }
}
