package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.SCHOOL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.NewRegistration;
import org.xueji.enrollment.api.intake.IntakeMessages;
import org.xueji.enrollment.api.intake.PendingIntake;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.RegistryMessages;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.intake.IntakeListener;
import org.xueji.registry.api.intake.IntakeOffer;

/**
 * Issue 12, item 5: admitted children become pending registrations (新生注册) on the enrollment
 * schema, written on the offering module's transaction; the registrar completes one as a normal
 * registration and the source is told.
 */
class PendingIntakesTest {

    /** Valid ID numbers (check digits computed independently), born in 2014: grade 7 in 2026. */
    private static final String BOY = "430104201403151017";
    private static final String GIRL = "430104201404201020";
    private static final String OTHER = "430104201405011034";

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();
    private final RegistrationServiceImpl registration = new RegistrationServiceImpl(store.entityManagerFactory(),
            store.auditTrail(), store.auditService(), store.clock(), registry.students(), registry.schools(),
            OneSchoolRegistry.calendar());
    private final PendingIntakes intakes = new PendingIntakes(store.support(), registration);
    private final List<String> told = new ArrayList<>();
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor registrar = Actor.of("registrar1", "学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final Actor otherSchool = Actor.of("registrar2", "学籍管理员", Role.SCHOOL_REGISTRAR, 2L, Set.of(), "test");
    private final Actor teacher = Actor.of("teacher1", "教师", Role.TEACHER, SCHOOL, Set.of(1L), "test");

    PendingIntakesTest() {
        store.clock().setToday(LocalDate.of(2026, 8, 20));
        IntakeListener listener = (actor, source, reference, studentId) ->
                told.add(actor.username() + " " + source + " " + reference + " " + studentId);
        intakes.bindListener(listener);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static IntakeOffer offer(String reference, long school, int grade, String id, Sex sex, LocalDate born) {
        return new IntakeOffer("admission", reference, school, 2026, grade, "张小" + reference.charAt(reference.length()
                - 1), sex, born, IdDocumentType.RESIDENT_ID, id, HouseholdType.AGRICULTURAL, true, "张大", "13800000000",
                "含浦街道含浦社区");
    }

    private static final IntakeOffer AT_SCHOOL_1 = offer("2026-7-00000001", SCHOOL, 7, BOY, Sex.MALE,
            LocalDate.of(2014, 3, 15));
    private static final IntakeOffer AT_SCHOOL_2 = offer("2026-7-00000002", 2L, 7, GIRL, Sex.FEMALE,
            LocalDate.of(2014, 4, 20));

    /** The offering module's decision: its own transaction, the offer on its EntityManager. */
    private int offerInTransaction(IntakeOffer... offers) {
        return store.transactions().inTransaction(em -> intakes.offer(em, List.of(offers)));
    }

    /** The registrar's completed form: the prefilled data plus what the registrar adds. */
    private static NewRegistration completed(PendingIntake p) {
        StudentData d = p.prefill();
        StudentData filled = new StudentData(d.name(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), "湖南长沙",
                "湖南长沙", "01", d.nationality(), "湖南省长沙市岳麓区", d.householdType(), d.currentAddress(),
                d.entryYearMonth(), d.entryWay(), d.studyMode(), false, true, d.leftBehind(), d.migrant(), false, false,
                false, d.disability(), d.schoolId(), null, List.of(new Guardian("张大", "父亲", "13800000000", null)));
        return new NewRegistration(filled, p.offer().entryGrade(), null);
    }

    @Test
    void admittedChildren_appearAsPendingRegistrations_ofTheirSchool_prefilled() {
        assertThat(offerInTransaction(AT_SCHOOL_1, AT_SCHOOL_2)).isEqualTo(2);

        assertThat(intakes.pending(registrar)).extracting(p -> p.offer().reference()).containsExactly("2026-7-00000001");
        assertThat(intakes.pending(otherSchool)).extracting(p -> p.offer().reference())
                .containsExactly("2026-7-00000002");
        assertThat(intakes.pending(district)).hasSize(2);

        PendingIntake p = intakes.pending(registrar).get(0);
        assertThat(p.offer()).isEqualTo(AT_SCHOOL_1);
        StudentData form = p.prefill();
        assertThat(form.name()).isEqualTo("张小1");
        assertThat(form.sex()).isEqualTo(Sex.MALE);
        assertThat(form.birthDate()).isEqualTo(LocalDate.of(2014, 3, 15));
        assertThat(form.idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(form.idNumber()).isEqualTo(BOY);
        assertThat(form.householdType()).isEqualTo(HouseholdType.AGRICULTURAL);
        assertThat(form.migrant()).isTrue();
        assertThat(form.currentAddress()).isEqualTo("含浦街道含浦社区");
        assertThat(form.guardians()).extracting(Guardian::name, Guardian::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张大", "13800000000"));
        assertThat(form.schoolId()).isEqualTo(SCHOOL);
        assertThat(form.entryYearMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(form.entryWay()).isEqualTo(EntryWay.NEARBY);
    }

    @Test
    void offer_keepsWhatTheSourceDidNotKnowEmpty() {
        IntakeOffer sparse = new IntakeOffer("admission", "2026-7-00000009", SCHOOL, 2026, 7, "张小九", Sex.MALE,
                LocalDate.of(2014, 3, 15), IdDocumentType.RESIDENT_ID, BOY, null, false, null, null, null);
        offerInTransaction(sparse);
        PendingIntake p = intakes.pending(registrar).get(0);
        assertThat(p.offer()).isEqualTo(sparse);
        assertThat(p.prefill().householdType()).isNull();
        assertThat(p.prefill().guardians()).isEmpty();
    }

    @Test
    void offer_isIdempotentPerSourceAndReference() {
        offerInTransaction(AT_SCHOOL_1);
        assertThat(offerInTransaction(AT_SCHOOL_1)).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM ENR_PENDING_INTAKE")).isEqualTo(1);
    }

    @Test
    void offer_isRolledBackWithTheCallersDecision() {
        assertThatThrownBy(() -> store.transactions().inTransaction(em -> {
            intakes.offer(em, List.of(AT_SCHOOL_1));
            throw new IllegalStateException("the admission decision failed after the offer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(intakes.pending(district)).isEmpty();
    }

    @Test
    void complete_registersAsANormalRegistration_marksIt_andTellsTheSourceAfterwards() {
        offerInTransaction(AT_SCHOOL_1);
        PendingIntake p = intakes.pending(registrar).get(0);

        Student s = intakes.complete(registrar, "admission", "2026-7-00000001", completed(p));

        assertThat(registry.registered).hasSize(1);
        assertThat(registry.registered.get(0).idNumber()).isEqualTo(BOY);
        assertThat(registry.registered.get(0).migrant()).isTrue();
        assertThat(s.registration().entryGrade()).isEqualTo(7);
        assertThat(intakes.pending(registrar)).isEmpty();
        assertThat(told).containsExactly("registrar1 admission 2026-7-00000001 " + s.id());
        assertThat(store.count("SELECT COUNT(*) FROM ENR_PENDING_INTAKE WHERE STUDENT_ID = " + s.id())).isEqualTo(1);
        List<AuditRow> rows = store.audit().stream().filter(r -> r.action().equals("enrollment.intake.complete"))
                .toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).changes()).doesNotContain(BOY).doesNotContain("张");

        assertThatThrownBy(() -> intakes.complete(registrar, "admission", "2026-7-00000001", completed(p)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeMessages.INTAKE_ALREADY_REGISTERED));
        assertThat(registry.registered).hasSize(1);
    }

    @Test
    void complete_appliesTheRegistrationRules_andKeepsThePendingOneOnRefusal() {
        // the junior middle school does not teach grade 1: RegistrationService refuses, nothing marked
        offerInTransaction(offer("2026-1-00000003", SCHOOL, 1, OTHER, Sex.MALE, LocalDate.of(2014, 5, 1)));
        PendingIntake p = intakes.pending(registrar).get(0);
        assertThatThrownBy(() -> intakes.complete(registrar, "admission", "2026-1-00000003", completed(p)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(f -> f.messageKey() == RegistryMessages.GRADE_NOT_TAUGHT));
        assertThat(registry.registered).isEmpty();
        assertThat(intakes.pending(registrar)).hasSize(1);
        assertThat(told).isEmpty();
    }

    @Test
    void complete_isOfTheAdmittedChild_atTheAdmittingSchool_inItsGrade() {
        offerInTransaction(AT_SCHOOL_1);
        PendingIntake p = intakes.pending(registrar).get(0);
        NewRegistration ok = completed(p);
        NewRegistration otherChild = new NewRegistration(new StudentData(ok.student().name(), Sex.MALE,
                LocalDate.of(2014, 5, 1), IdDocumentType.RESIDENT_ID, OTHER, "湖南长沙", "湖南长沙", "01", "CHN",
                "湖南省长沙市岳麓区", HouseholdType.AGRICULTURAL, "含浦街道含浦社区", YearMonth.of(2026, 9),
                EntryWay.NEARBY, ok.student().studyMode(), false, true, ok.student().leftBehind(), true, false, false,
                false, ok.student().disability(), SCHOOL, null, ok.student().guardians()), 7, null);
        assertThatThrownBy(() -> intakes.complete(registrar, "admission", "2026-7-00000001", otherChild))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(f -> f.field().equals("idNumber")));
        assertThatThrownBy(() -> intakes.complete(registrar, "admission", "2026-7-00000001",
                new NewRegistration(ok.student(), 8, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(f -> f.messageKey() == IntakeMessages.INTAKE_PLACEMENT_CHANGED));
        assertThat(registry.registered).isEmpty();
    }

    @Test
    void r1_anotherSchoolsRegistrarOrATeacher_cannotCompleteOrList() {
        offerInTransaction(AT_SCHOOL_1);
        PendingIntake p = intakes.pending(registrar).get(0);
        assertThatThrownBy(() -> intakes.complete(otherSchool, "admission", "2026-7-00000001", completed(p)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.pending(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.complete(registrar, "admission", "2026-7-99999999", completed(p)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeMessages.INTAKE_NOT_FOUND));
        assertThat(registry.registered).isEmpty();
        assertThat(told).isEmpty();
    }
}
