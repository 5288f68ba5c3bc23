package org.xueji.ui.enrollment.verification;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.xueji.enrollment.api.DiscrepancyKind;
import org.xueji.enrollment.api.ResolutionKind;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.Grades;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;

/** Texts, labels and small components shared by the verification views. */
final class VerificationSupport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A text of the verification views in the user's language. */
    static String t(VerificationUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(VerificationUiText title) {
        Locale locale = UiContext.locale();
        return VerificationUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /**
     * Who works on a school's check (roster, presence, resolutions, closing): the registrars
     * and the district administrators, who may edit records. Others see the check only; the
     * service decides in the end.
     */
    static boolean canWork(Actor actor) {
        return actor.has(Permission.EDIT_STUDENT);
    }

    /** District users with MANAGE_SCHOOL open campaigns. */
    static boolean canOpenCampaigns(Actor actor) {
        return actor.isDistrictWide() && actor.has(Permission.MANAGE_SCHOOL);
    }

    static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** {@code 2025—2026学年}. */
    static String schoolYear(int startYear) {
        return t(VerificationUiText.SCHOOL_YEAR, startYear, startYear + 1);
    }

    static String semester(int semester) {
        return semester == 1 ? t(VerificationUiText.SEMESTER_1) : semester == 2 ? t(VerificationUiText.SEMESTER_2)
                : String.valueOf(semester);
    }

    static String grade(Integer gradeLevel) {
        return gradeLevel == null || gradeLevel < 1 || gradeLevel > 12 ? "" : Grades.name(gradeLevel);
    }

    /** {@code (3)班} beside the grade column. */
    static String classNumber(Integer classNumber) {
        return classNumber == null ? "" : t(VerificationUiText.CLASS_NUMBER, classNumber);
    }

    static String status(SchoolVerification.Status status) {
        if (status == null) {
            return "";
        }
        return t(switch (status) {
            case NOT_STARTED -> VerificationUiText.STATUS_NOT_STARTED;
            case IN_PROGRESS -> VerificationUiText.STATUS_IN_PROGRESS;
            case CLOSED -> VerificationUiText.STATUS_CLOSED;
        });
    }

    static Span statusBadge(SchoolVerification.Status status) {
        Span badge = status == SchoolVerification.Status.CLOSED ? Badges.success(status(status))
                : Badges.contrast(status(status));
        badge.getElement().setAttribute("data-status", status == null ? "" : status.name());
        return badge;
    }

    static String kind(DiscrepancyKind kind) {
        return t(switch (kind) {
            case PERSON_WITHOUT_RECORD -> VerificationUiText.KIND_PERSON_WITHOUT_RECORD;
            case RECORD_WITHOUT_PERSON -> VerificationUiText.KIND_RECORD_WITHOUT_PERSON;
            case FIELD_MISMATCH -> VerificationUiText.KIND_FIELD_MISMATCH;
        });
    }

    static String resolution(ResolutionKind kind) {
        if (kind == null) {
            return "";
        }
        return t(switch (kind) {
            case RECORD_FIXED -> VerificationUiText.RES_RECORD_FIXED;
            case RECORD_CREATED -> VerificationUiText.RES_RECORD_CREATED;
            case TRANSFER_STARTED -> VerificationUiText.RES_TRANSFER_STARTED;
            case SUSPENSION_STARTED -> VerificationUiText.RES_SUSPENSION_STARTED;
            case ROSTER_CORRECTED -> VerificationUiText.RES_ROSTER_CORRECTED;
            case EXPLAINED -> VerificationUiText.RES_EXPLAINED;
        });
    }

    /** The field of a mismatch ({@code name}, {@code idNumber}, {@code grade}, {@code class}). */
    static String field(String field) {
        if (field == null) {
            return "";
        }
        return switch (field) {
            case "name" -> t(VerificationUiText.FIELD_NAME);
            case "idNumber" -> t(VerificationUiText.FIELD_ID_NUMBER);
            case "grade" -> t(VerificationUiText.FIELD_GRADE);
            case "class" -> t(VerificationUiText.FIELD_CLASS);
            default -> field;
        };
    }

    /** A number in red with class {@code risk} when above zero (grade 9 without a record). */
    static Span riskNumber(int value) {
        Span span = new Span(String.valueOf(value));
        if (value > 0) {
            span.addClassName("risk");
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return span;
    }

    static void showErrorText(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private VerificationSupport() {
    }
}
