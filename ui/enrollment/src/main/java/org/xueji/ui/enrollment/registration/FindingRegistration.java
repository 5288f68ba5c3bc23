package org.xueji.ui.enrollment.registration;

import java.util.Optional;
import org.xueji.platform.api.Actor;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.finding.FindingSettlement;
import org.xueji.registry.api.finding.PresenceFinding;
import org.xueji.registry.api.finding.PresenceFindings;
import org.xueji.ui.kit.student.StudentRecordValues;
import org.xueji.ui.shell.api.UiContext;

/**
 * R18 one-click registration (the 人籍一致 check's 办理注册): the registration form opened for the child of a
 * 人在籍不在 finding in a starting grade, filled in from the school's roster, and the finding settled as
 * "record created" once the record is saved. The finding is read and settled through
 * {@link PresenceFindings}, which checks permission and school scope.
 */
final class FindingRegistration {

    /** The query parameter of the registration route that names the finding. */
    static final String PARAMETER = "finding";

    private final PresenceFinding finding;

    private FindingRegistration(PresenceFinding finding) {
        this.finding = finding;
    }

    /** The link beside an open finding of a starting grade. */
    static String href(long findingId) {
        return RegistrationView.ROUTE + "?" + PARAMETER + "=" + findingId;
    }

    /**
     * Registration takes new students of a starting grade only (R19: grades 1 and 7); a child of another
     * grade without a record comes by a transfer (in from outside when the district has no record).
     */
    static boolean registers(Integer gradeLevel) {
        return gradeLevel != null && (gradeLevel == 1 || gradeLevel == 7);
    }

    /**
     * The open finding of a starting grade in the actor's scope, or empty (settled, closed, another grade,
     * not a number); another school's is refused by the service.
     */
    static Optional<FindingRegistration> open(Actor actor, String findingParameter) {
        long id;
        try {
            id = Long.parseLong(findingParameter);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        PresenceFindings findings = UiContext.service(FindingRegistration.class, PresenceFindings.class);
        return findings.personWithoutRecord(actor, id).filter(PresenceFinding::open)
                .filter(f -> registers(f.gradeLevel())).map(FindingRegistration::new);
    }

    long id() {
        return finding.findingId();
    }

    long schoolId() {
        return finding.schoolId();
    }

    Integer gradeLevel() {
        return finding.gradeLevel();
    }

    /** The new-student form with the roster's name and ID number (sex and birth date from a resident ID). */
    StudentRecordValues prefill(StudentRecordValues newForm) {
        return newForm.withPerson(finding.name(), finding.idNumber());
    }

    /** After the record was saved: the finding resolved as "record created", naming the record. */
    boolean settle(Actor actor, Student created) {
        try {
            PresenceFindings findings = UiContext.service(FindingRegistration.class, PresenceFindings.class);
            return findings.settle(actor, finding.findingId(), FindingSettlement.REGISTERED,
                    "student:" + created.id());
        } catch (RuntimeException e) {
            return false; // the record stands; the school resolves the finding on the check page
        }
    }
}
