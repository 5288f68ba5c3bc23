package org.xueji.enrollment.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.GRADE9_CLASS;
import static org.xueji.enrollment.service.internal.OneSchoolRegistry.SCHOOL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.testkit.ModuleTestStore;
import org.xueji.registry.api.finding.FindingSettlement;
import org.xueji.registry.api.finding.PresenceFinding;

/**
 * R18 one-click start (issue 14): a 人在籍不在 finding read by the module that starts a transfer from it
 * (the school's scope), and settled by the approved transfer: resolved 已办理转学 with its reference,
 * the check's open count down, audited without ID number or name; once only.
 */
class PresenceFindingsImplTest {

    private static final String ID = ChineseIdNumber.of("430104", LocalDate.of(2011, 5, 4), 17).value();

    private final ModuleTestStore store = ModuleTestStore.of(EnrollmentSchema.UNIT_DATASOURCE,
            EnrollmentSchema.CHANGELOG, "ENROLLMENT");
    private final OneSchoolRegistry registry = new OneSchoolRegistry();
    private final AutumnRegistrationServiceImpl registration = new AutumnRegistrationServiceImpl(store.support(),
            OneSchoolRegistry.calendar(), registry.students(), registry.schools());
    private VerificationServiceImpl verification;
    private PresenceFindingsImpl findings;
    private final Actor district = Actor.of("district-admin", "区管理员", Role.DISTRICT_ADMIN, null, Set.of(), "test");
    private final Actor registrar = Actor.of("registrar1", "学籍管理员", Role.SCHOOL_REGISTRAR, SCHOOL, Set.of(), "test");
    private final Actor otherSchool = Actor.of("registrar2", "学籍管理员", Role.SCHOOL_REGISTRAR, 2L, Set.of(), "test");
    private SchoolVerification check;
    private Discrepancy person;

    @BeforeEach
    void setUp() {
        store.clock().setToday(LocalDate.of(2026, 9, 10));
        verification = new VerificationServiceImpl(store.entityManagerFactory(), store.auditTrail(),
                store.auditService(), store.clock(), registry.students(), registry.schools());
        findings = new PresenceFindingsImpl(store.transactions(), store.auditTrail(), store.deniedAccess(),
                store.clock().clock());
        VerificationCampaign campaign = registration.open(district, 2026);
        check = verification.forSchool(registrar, campaign.id(), SCHOOL);
        // grade 9 all present, and one child at school in grade 9 class 1 without a record here
        verification.submitPresence(registrar, check.id(), GRADE9_CLASS, Set.of(901L, 902L, 903L),
                List.of(new RosterEntry(1, "王小明", ID, 9, 1, null)));
        person = verification.discrepancies(registrar, check.id()).stream()
                .filter(d -> d.kind() == DiscrepancyKind.PERSON_WITHOUT_RECORD).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void r18_theFindingIsReadInTheSchoolsScopeWithTheRostersNumber() {
        PresenceFinding f = findings.personWithoutRecord(registrar, person.id()).orElseThrow();
        assertThat(f.schoolId()).isEqualTo(SCHOOL);
        assertThat(f.idNumber()).isEqualTo(ID); // for the acting service's lookup, never shown
        // the roster's name: a transfer in from outside started from the finding is entered with it
        assertThat(f.name()).isEqualTo("王小明");
        assertThat(f.gradeLevel()).isEqualTo(9);
        assertThat(f.classNumber()).isEqualTo(1);
        assertThat(f.open()).isTrue();
        assertThatThrownBy(() -> findings.personWithoutRecord(otherSchool, person.id()))
                .isInstanceOf(AccessDeniedException.class);
        // another kind of finding is not a 人在籍不在 one
        assertThat(findings.personWithoutRecord(registrar, 987654L)).isEmpty();
    }

    @Test
    void r18_settledByTheApprovedTransferOnceAndAuditedWithoutPersonalData() {
        assertThat(verification.get(registrar, check.id()).unresolved()).isEqualTo(1);

        assertThat(findings.settle(Actor.system("transfer-finding"), person.id(), FindingSettlement.TRANSFERRED_IN,
                "transfer:42")).isTrue();

        Discrepancy settled = verification.discrepancies(registrar, check.id()).stream()
                .filter(d -> d.id() == person.id()).findFirst().orElseThrow();
        assertThat(settled.resolution()).isEqualTo(ResolutionKind.TRANSFER_STARTED);
        assertThat(settled.resolutionNote()).isEqualTo("transfer:42");
        assertThat(verification.get(registrar, check.id()).unresolved()).isZero();
        assertThat(findings.personWithoutRecord(registrar, person.id()).orElseThrow().open()).isFalse();
        assertThat(store.actions()).containsOnlyOnce("verification.settle");
        assertThat(store.audit()).allSatisfy(a -> assertThat(String.valueOf(a.changes())).doesNotContain(ID)
                .doesNotContain("王小明"));
        // a retry changes nothing; another reference does not take over the resolution
        assertThat(findings.settle(Actor.system("transfer-finding"), person.id(), FindingSettlement.TRANSFERRED_IN,
                "transfer:42")).isTrue();
        assertThat(findings.settle(Actor.system("transfer-finding"), person.id(), FindingSettlement.TRANSFERRED_IN,
                "transfer:43")).isFalse();
        assertThat(store.actions()).containsOnlyOnce("verification.settle");
        // another school's account cannot settle it
        assertThatThrownBy(() -> findings.settle(otherSchool, person.id(), FindingSettlement.TRANSFERRED_IN,
                "transfer:44")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void r18_settledByTheRegistrationAsRecordCreated() {
        assertThat(findings.settle(registrar, person.id(), FindingSettlement.REGISTERED, "student:77")).isTrue();
        Discrepancy settled = verification.discrepancies(registrar, check.id()).stream()
                .filter(d -> d.id() == person.id()).findFirst().orElseThrow();
        assertThat(settled.resolution()).isEqualTo(ResolutionKind.RECORD_CREATED);
        assertThat(settled.resolutionNote()).isEqualTo("student:77");
        assertThat(verification.get(registrar, check.id()).unresolved()).isZero();
        // the retry answers true; a transfer's settlement does not take it over
        assertThat(findings.settle(registrar, person.id(), FindingSettlement.REGISTERED, "student:77")).isTrue();
        assertThat(findings.settle(Actor.system("transfer-finding"), person.id(), FindingSettlement.TRANSFERRED_IN,
                "student:77")).isFalse();
    }

    @Test
    void r18_aFindingTheSchoolResolvedOtherwiseIsLeftAsItIs() {
        verification.resolve(registrar, person.id(), ResolutionKind.RECORD_CREATED, null);
        assertThat(findings.settle(Actor.system("transfer-finding"), person.id(), FindingSettlement.TRANSFERRED_IN,
                "transfer:42")).isFalse();
        assertThat(verification.discrepancies(registrar, check.id()).stream().filter(d -> d.id() == person.id())
                .findFirst().orElseThrow().resolution()).isEqualTo(ResolutionKind.RECORD_CREATED);
    }
}
