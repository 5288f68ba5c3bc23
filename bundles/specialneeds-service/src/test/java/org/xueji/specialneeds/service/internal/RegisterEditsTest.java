package org.xueji.specialneeds.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.AuditRow;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.RemovalReason;
import org.xueji.specialneeds.api.SpecialNeedsMessages;

/** R25: correcting a register entry and removing one registered by mistake, with scope and audit. */
class RegisterEditsTest extends SpecialNeedsFixture {

    private static ChildData corrected(ChildData d, String guardianPhone, DisabilityType disability, int degree) {
        return new ChildData(d.studentId(), d.name(), d.idNumber(), d.birthDate(), d.town(), d.village(), d.schoolId(),
                disability, degree, d.certificateNumber(), d.certificateDate(), d.health(), d.guardianName(),
                guardianPhone);
    }

    @Test
    void r25_anEntryIsCorrectedAndTheAuditRowNamesTheFieldsOnly() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        Child saved = service.updateChild(REGISTRAR_A, c.id(),
                corrected(c.data(), "13912345678", DisabilityType.INTELLECTUAL, 3));
        assertThat(saved.data().guardianPhone()).isEqualTo("13912345678");
        assertThat(saved.data().disability()).isEqualTo(DisabilityType.INTELLECTUAL);
        assertThat(service.child(DISTRICT, c.id()).data().degree()).isEqualTo(3);
        AuditRow row = store.audit().stream().filter(r -> r.action().equals("specialneeds.child.update"))
                .findFirst().orElseThrow();
        assertThat(row.changes()).contains("guardianPhone", "disability", "degree")
                .doesNotContain("13912345678").doesNotContain("13800000000").doesNotContain(ID_1)
                .doesNotContain("测试儿童").doesNotContain("name,");
    }

    @Test
    void r25_anUnchangedEntryIsNotAudited() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        service.updateChild(REGISTRAR_A, c.id(), c.data());
        assertThat(store.actions()).doesNotContain("specialneeds.child.update");
    }

    @Test
    void r25_badCorrectionsAreRefusedWholeAndNothingChanges() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        ChildData bad = new ChildData(null, " ", "110105201603070011", c.data().birthDate(), TOWN, null, SCHOOL_A,
                DisabilityType.NONE, 9, null, null, null, null, "13912345678");
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, c.id(), bad)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .contains("name", "idNumber", "disability", "degree"));
        // a registry record that does not exist
        ChildData unknownRecord = new ChildData(999L, c.data().name(), c.data().idNumber(), c.data().birthDate(), TOWN,
                null, SCHOOL_A, DisabilityType.PHYSICAL, 2, null, null, null, null, "13912345678");
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, c.id(), unknownRecord))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.child(DISTRICT, c.id()).data()).isEqualTo(c.data());
        assertThat(store.actions()).doesNotContain("specialneeds.child.update");
    }

    @Test
    void r26_aChildIsRegisteredOnceByIdNumberOrRegistryRecord() {
        Child first = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        // the same ID number, written in lower case by another school's registrar
        assertThatThrownBy(() -> registered(REGISTRAR_B, ID_1.toLowerCase(java.util.Locale.ROOT), TOWN, SCHOOL_B))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field(), f -> f.messageKey()).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("idNumber",
                                        SpecialNeedsMessages.CHILD_ALREADY_REGISTERED)));
        Child withRecord = service.register(REGISTRAR_A, childData(STUDENT_A, ID_2, TOWN, null, SCHOOL_A));
        assertThatThrownBy(() -> service.register(REGISTRAR_A, childData(STUDENT_A, ID_3, TOWN, null, SCHOOL_A)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("studentId"));
        assertThat(count("SN_CHILD")).isEqualTo(2);
        assertThat(store.actions().stream().filter(a -> a.equals("specialneeds.child.register")).count())
                .as("the refused registrations left no audit row").isEqualTo(2);

        // a correction may not move an entry onto another entry's child
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, withRecord.id(), new ChildData(null,
                withRecord.data().name(), ID_1, withRecord.data().birthDate(), TOWN, null, SCHOOL_A,
                withRecord.data().disability(), withRecord.data().degree(), null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactly(SpecialNeedsMessages.CHILD_ALREADY_REGISTERED));
        assertThat(service.child(DISTRICT, withRecord.id()).data().idNumber()).isEqualTo(ID_2);
        assertThat(service.child(DISTRICT, first.id()).data().idNumber()).isEqualTo(ID_1);
    }

    /** Two registrars register one child at the same moment: the unique key keeps one entry (R26). */
    @Test
    void r26_twoRegistrationsOfOneChildAtOnceLeaveOneEntry() throws Exception {
        String[] ids = {ID_1, ID_2, ID_3, ID_4, ID_5};
        for (String id : ids) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
                for (Actor a : java.util.List.of(REGISTRAR_A, DISTRICT)) {
                    done.add(pool.submit(() -> {
                        start.await();
                        try {
                            return registered(a, id, TOWN, SCHOOL_A);
                        } catch (ValidationException e) {
                            return e.errors().get(0).messageKey();
                        }
                    }));
                }
                java.util.List<Object> outcomes = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<Object> f : done) {
                    outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(outcomes).filteredOn(o -> o instanceof Child).as("one registration stands").hasSize(1);
                assertThat(outcomes).filteredOn(o -> !(o instanceof Child)).as("the other is told why")
                        .containsExactly(SpecialNeedsMessages.CHILD_ALREADY_REGISTERED);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(count("SN_CHILD")).isEqualTo(ids.length);
    }

    @Test
    void r26_thePlacedChildsRegistryRecordCannotBeChanged() {
        Child c = homeTaught(ID_1);
        ChildData other = new ChildData(STUDENT_A, c.data().name(), c.data().idNumber(), c.data().birthDate(),
                c.data().town(), c.data().village(), SCHOOL_A, c.data().disability(), c.data().degree(),
                c.data().certificateNumber(), c.data().certificateDate(), c.data().health(), c.data().guardianName(),
                c.data().guardianPhone());
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, c.id(), other)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.messageKey())
                        .containsExactly(SpecialNeedsMessages.STUDENT_FIXED_BY_PLACEMENT));
        assertThat(service.child(DISTRICT, c.id()).data().studentId()).isNull();
    }

    @Test
    void r25_correctionsStayInTheActorsScope() {
        Child a = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        Child b = registered(REGISTRAR_B, ID_2, OTHER_TOWN, SCHOOL_B);
        // another school's child
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, b.id(), b.data()))
                .isInstanceOf(AccessDeniedException.class);
        // moving one's child to another school
        ChildData moved = new ChildData(null, a.data().name(), a.data().idNumber(), a.data().birthDate(), TOWN, null,
                SCHOOL_B, a.data().disability(), a.data().degree(), null, null, null, null, null);
        assertThatThrownBy(() -> service.updateChild(REGISTRAR_A, a.id(), moved))
                .isInstanceOf(AccessDeniedException.class);
        // a town official reads only (no RECORD_SPECIAL_NEEDS)
        assertThatThrownBy(() -> service.updateChild(TOWN_OFFICIAL, a.id(), a.data()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeChild(TOWN_OFFICIAL, a.id(), RemovalReason.DUPLICATE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeChild(REGISTRAR_A, b.id(), RemovalReason.DUPLICATE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.child(DISTRICT, a.id()).data().schoolId()).isEqualTo(SCHOOL_A);
        assertThat(count("SN_CHILD")).isEqualTo(2);
        // the district corrects anywhere, also moving the child to the school of its service area
        assertThat(service.updateChild(DISTRICT, a.id(), moved).data().schoolId()).isEqualTo(SCHOOL_B);
    }

    @Test
    void r25_anEntryRegisteredByMistakeIsRemovedWithItsReasonAudited() {
        Child c = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        assertThatThrownBy(() -> service.removeChild(REGISTRAR_A, c.id(), null))
                .isInstanceOf(ValidationException.class);
        service.removeChild(REGISTRAR_A, c.id(), RemovalReason.DUPLICATE);
        assertThat(count("SN_CHILD")).isZero();
        assertThatThrownBy(() -> service.child(DISTRICT, c.id())).isInstanceOf(NotFoundException.class);
        AuditRow row = store.audit().stream().filter(r -> r.action().equals("specialneeds.child.remove"))
                .findFirst().orElseThrow();
        assertThat(row.changes()).contains("DUPLICATE").doesNotContain(ID_1).doesNotContain("测试儿童");
    }

    @Test
    void r25_aChildWithAnAssessmentOrAReferralIsNotRemoved() {
        Child assessed = registered(REGISTRAR_A, ID_1, TOWN, SCHOOL_A);
        service.assess(REGISTRAR_A, assessed.id(), assessment(Placement.REGULAR_CLASS));
        assertThatThrownBy(() -> service.removeChild(REGISTRAR_A, assessed.id(), RemovalReason.ENTERED_BY_MISTAKE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactly(SpecialNeedsMessages.CHILD_HAS_RECORDS));
        long referred = service.refer(DISTRICT, childData(null, ID_2, TOWN, null, SCHOOL_A), "dropout");
        assertThatThrownBy(() -> service.removeChild(REGISTRAR_A, referred, RemovalReason.DUPLICATE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactly(SpecialNeedsMessages.CHILD_REFERRED));
        assertThat(count("SN_CHILD")).isEqualTo(2);
        assertThat(store.actions()).doesNotContain("specialneeds.child.remove");
    }

    @Test
    void r25_aHomeTaughtChildWithVisitsKeepsItsHistory() {
        Child c = homeTaught(ID_3);
        service.logVisit(TEACHER_A, visit(c.id(), LocalDate.of(2026, 10, 12), 9, 2, java.util.List.of("teacher1")));
        assertThatThrownBy(() -> service.removeChild(DISTRICT, c.id(), RemovalReason.NOT_ELIGIBLE))
                .isInstanceOf(ValidationException.class);
        assertThat(count("SN_VISIT")).isEqualTo(1);
    }
}
