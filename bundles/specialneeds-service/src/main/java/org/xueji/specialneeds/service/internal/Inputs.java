package org.xueji.specialneeds.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.ChildData;
import org.xueji.specialneeds.api.PlanData;
import org.xueji.specialneeds.api.SpecialNeedsMessages;
import org.xueji.specialneeds.api.VisitData;

/**
 * Field-by-field checks of what people enter; every error is collected and the whole input
 * refused at once ({@link ValidationException}), before anything is written.
 */
final class Inputs {

    private final List<FieldError> errors = new ArrayList<>();

    static void checkChild(ChildData d, LocalDate today) {
        Inputs in = new Inputs();
        in.text("name", d.name(), true, 50);
        if (d.idNumber() != null && !d.idNumber().isBlank() && !ChineseIdNumber.isValid(d.idNumber().strip())) {
            in.errors.add(new FieldError("idNumber", SpecialNeedsMessages.ID_NUMBER_INVALID));
        }
        if (d.studentId() == null && (d.idNumber() == null || d.idNumber().isBlank())) {
            // a child without a registry record is found again by the ID number
            in.errors.add(new FieldError("idNumber", SpecialNeedsMessages.REQUIRED));
        }
        in.text("town", d.town(), true, 50);
        in.text("village", d.village(), false, 50);
        if (d.schoolId() == null) {
            in.errors.add(new FieldError("schoolId", SpecialNeedsMessages.SCHOOL_REQUIRED));
        }
        if (d.disability() == null || d.disability() == DisabilityType.NONE) {
            in.errors.add(new FieldError("disability", SpecialNeedsMessages.DISABILITY_REQUIRED));
        }
        if (d.degree() < 0 || d.degree() > 4) {
            in.errors.add(new FieldError("degree", SpecialNeedsMessages.DEGREE_INVALID));
        }
        in.text("certificateNumber", d.certificateNumber(), false, 40);
        in.notFuture("certificateDate", d.certificateDate(), today);
        in.notFuture("birthDate", d.birthDate(), today);
        in.text("health", d.health(), false, 500);
        in.text("guardianName", d.guardianName(), false, 50);
        in.text("guardianPhone", d.guardianPhone(), false, 30);
        in.done();
    }

    static void checkAssessment(AssessmentData d, LocalDate today) {
        Inputs in = new Inputs();
        if (d.sessionDate() == null) {
            in.errors.add(new FieldError("sessionDate", SpecialNeedsMessages.REQUIRED));
        }
        in.notFuture("sessionDate", d.sessionDate(), today);
        in.text("members", d.members(), true, 500);
        in.text("physiology", d.physiology(), true, 1000);
        in.text("psychology", d.psychology(), true, 1000);
        in.text("ability", d.ability(), true, 1000);
        if (d.conclusion() == null) {
            in.errors.add(new FieldError("conclusion", SpecialNeedsMessages.REQUIRED));
        }
        in.text("reason", d.reason(), false, 500);
        if (d.conclusion() == Placement.DEFERRAL) {
            if (d.reason() == null || d.reason().isBlank()) {
                in.errors.add(new FieldError("reason", SpecialNeedsMessages.DEFERRAL_NEEDS_REASON));
            }
            if (d.reviewDate() == null || d.sessionDate() != null && !d.reviewDate().isAfter(d.sessionDate())) {
                in.errors.add(new FieldError("reviewDate", SpecialNeedsMessages.REVIEW_DATE_INVALID));
            }
        }
        in.done();
    }

    static void checkPlan(PlanData d) {
        Inputs in = new Inputs();
        if (d.semester() < 1 || d.semester() > 2 || d.schoolYear() < 2000 || d.schoolYear() > 2100) {
            in.errors.add(new FieldError("semester", SpecialNeedsMessages.SEMESTER_INVALID));
        }
        in.text("lifeSkills", d.lifeSkills(), false, 1000);
        in.text("communication", d.communication(), false, 1000);
        in.text("motor", d.motor(), false, 1000);
        in.text("academic", d.academic(), false, 1000);
        in.text("content", d.content(), true, 2000);
        in.text("partners", d.partners(), false, 500);
        in.text("schedule", d.schedule(), true, 500);
        if (String.join(",", d.teachers()).length() > 1000) {
            in.errors.add(new FieldError("teachers", SpecialNeedsMessages.TOO_LONG, 1000));
        }
        in.done();
    }

    /** The visit's own fields; the evidence, the child and overlaps are judged by the caller. */
    static void checkVisit(VisitData d, LocalDate today, int maxPhotos) {
        Inputs in = new Inputs();
        if (d.date() == null) {
            in.errors.add(new FieldError("date", SpecialNeedsMessages.REQUIRED));
        }
        in.notFuture("date", d.date(), today);
        if (d.start() == null) {
            in.errors.add(new FieldError("start", SpecialNeedsMessages.REQUIRED));
        }
        if (d.end() == null) {
            in.errors.add(new FieldError("end", SpecialNeedsMessages.REQUIRED));
        }
        if (d.start() != null && d.end() != null && !d.end().isAfter(d.start())) {
            in.errors.add(new FieldError("end", SpecialNeedsMessages.END_BEFORE_START));
        }
        if (d.periods() < 1 || d.periods() > 20) {
            in.errors.add(new FieldError("periods", SpecialNeedsMessages.PERIODS_INVALID));
        }
        if (d.teachers().isEmpty() || d.teachers().stream().anyMatch(t -> t == null || t.isBlank())) {
            in.errors.add(new FieldError("teachers", SpecialNeedsMessages.TEACHER_REQUIRED));
        }
        in.text("content", d.content(), true, 2000);
        in.text("progress", d.progress(), false, 2000);
        boolean code = d.confirmationCode() != null && !d.confirmationCode().isBlank();
        boolean signature = d.signature() != null && d.signature().length > 0;
        if (!code && !signature) {
            in.errors.add(new FieldError("confirmation", SpecialNeedsMessages.CONFIRMATION_REQUIRED));
        }
        in.text("confirmation", d.confirmationCode(), false, 20);
        if (d.photos().size() > maxPhotos) {
            in.errors.add(new FieldError("photos", SpecialNeedsMessages.TOO_MANY_PHOTOS, maxPhotos));
        }
        in.done();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, SpecialNeedsMessages.REQUIRED));
            }
            return;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(field, SpecialNeedsMessages.TOO_LONG, max));
        }
    }

    private void notFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, SpecialNeedsMessages.DATE_IN_FUTURE));
        }
    }

    private void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(List.copyOf(errors));
        }
    }
}
