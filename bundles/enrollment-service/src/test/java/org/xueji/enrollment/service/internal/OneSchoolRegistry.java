package org.xueji.enrollment.service.internal;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.SchoolRoleHolders;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolType;
import org.xueji.registry.api.SchoolYearDates;
import org.xueji.registry.api.SchoolYearRules;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.registry.api.RegistrationDetails;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;

/**
 * The registry as the enrollment services see it, for tests outside OSGi: one junior middle
 * school (id 1) with a grade-9 class (id 91, students 901–903) and a grade-8 class (id 81,
 * students 801–802), its principal and registrar, and the default school calendar. The
 * registry's own scope rules are tested in the registry; here a school actor of another school
 * is refused like the registry refuses it. Only the calls the enrollment services make are
 * answered; any other fails loudly.
 */
final class OneSchoolRegistry {

    static final long SCHOOL = 1L;
    static final long GRADE9_CLASS = 91L;
    static final long GRADE8_CLASS = 81L;
    static final School SCHOOL_RECORD = new School(SCHOOL, "4301040001", "测试初级中学", SchoolType.JUNIOR, "含浦街道",
            List.of(), false, null, null);
    static final Account PRINCIPAL = account(11, "principal1", Role.PRINCIPAL);
    static final Account REGISTRAR = account(12, "registrar1", Role.SCHOOL_REGISTRAR);

    final List<StudentSummary> records = new ArrayList<>();
    /** Records saved through {@code StudentService.register} (ids 5001, 5002, …). */
    final List<StudentData> registered = new ArrayList<>();

    OneSchoolRegistry() {
        for (int i = 1; i <= 3; i++) {
            records.add(summary(900 + i, 9, GRADE9_CLASS));
        }
        for (int i = 1; i <= 2; i++) {
            records.add(summary(800 + i, 8, GRADE8_CLASS));
        }
    }

    /** Placeholder names, not people; no ID numbers. */
    private static StudentSummary summary(long id, int grade, long classId) {
        return new StudentSummary(id, "J" + id, "学生" + id, Sex.MALE, LocalDate.of(2026 - 6 - grade, 3, 1), null,
                SCHOOL, SCHOOL_RECORD.name(), grade, classId, grade + "年级(1)班");
    }

    private static Account account(long id, String username, Role role) {
        return new Account(id, username, username, role, SCHOOL, Set.of(), true, false, false, null, null, 0, null,
                null);
    }

    private static void inScope(Actor actor, long schoolId) {
        if (!actor.isDistrictWide() && actor.schoolId() != schoolId) {
            throw new AccessDeniedException(PlatformMessages.OTHER_SCHOOL);
        }
    }

    SchoolService schools() {
        return proxy(SchoolService.class, (name, args) -> switch (name) {
            case "listSchools" -> ((Actor) args[0]).isDistrictWide() || ((Actor) args[0]).schoolId() == SCHOOL
                    ? List.of(SCHOOL_RECORD) : List.of();
            case "getSchool" -> {
                inScope((Actor) args[0], (Long) args[1]);
                yield SCHOOL_RECORD;
            }
            case "getClass" -> {
                inScope((Actor) args[0], SCHOOL);
                long id = (Long) args[1];
                yield new SchoolClass(id, SCHOOL, id == GRADE9_CLASS ? 9 : 8, 1, 2024, 50, null);
            }
            default -> null;
        });
    }

    StudentService students() {
        return proxy(StudentService.class, (name, args) -> {
            if (name.equals("schoolRoster")) {
                inScope((Actor) args[0], (Long) args[1]);
                return List.copyOf(records);
            }
            if (name.equals("register")) {
                StudentData data = (StudentData) args[1];
                inScope((Actor) args[0], data.schoolId());
                registered.add(data);
                return new Student(5000L + registered.size(), 0, "G" + data.idNumber(), data,
                        (RegistrationDetails) args[2], null, null);
            }
            return null;
        });
    }

    AccountService accounts() {
        return proxy(AccountService.class, (name, args) -> name.equals("schoolRoleHolders")
                ? List.of(new SchoolRoleHolders(SCHOOL, List.of(), List.of(REGISTRAR), List.of(PRINCIPAL))) : null);
    }

    /** The default calendar (SchoolYearRules, tested in the registry). */
    static SchoolYearService calendar() {
        return new SchoolYearService() {
            @Override
            public Optional<Semester> semesterOf(LocalDate date) {
                return schoolYearOf(date).semesterOf(date);
            }

            @Override
            public LocalDate semesterEnd(LocalDate date) {
                throw new UnsupportedOperationException();
            }

            @Override
            public SchoolYearDates schoolYear(int startYear) {
                return SchoolYearRules.defaults(startYear);
            }

            @Override
            public SchoolYearDates schoolYearOf(LocalDate date) {
                SchoolYearDates y = SchoolYearRules.defaults(date.getYear());
                return date.isBefore(y.first().start()) ? SchoolYearRules.defaults(date.getYear() - 1) : y;
            }

            @Override
            public SchoolYearDates current() {
                throw new UnsupportedOperationException();
            }

            @Override
            public SchoolYearDates set(Actor actor, SchoolYearDates dates) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** An answer of {@code null} on purpose (a result the caller never reads). */
    static final Object NULL = new Object();

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("toString") ? type.getSimpleName() : m.invoke(answer, args);
            }
            Object result = answer.answer(m.getName(), args);
            if (result == null && m.getReturnType() != void.class) {
                throw new AssertionError("the test registry does not answer " + m.getName());
            }
            return result == NULL ? null : result;
        });
    }

}
