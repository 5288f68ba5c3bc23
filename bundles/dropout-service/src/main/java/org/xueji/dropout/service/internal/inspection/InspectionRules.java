package org.xueji.dropout.service.internal.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xueji.dropout.api.inspection.InspectionMessages;
import org.xueji.dropout.api.inspection.NewActivity;
import org.xueji.dropout.api.inspection.NewInspection;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/** Checks of what the district and the schools enter; every problem a field error, nothing stored. */
final class InspectionRules {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 500;
    static final int MAX_FINDINGS = 20;

    private InspectionRules() {
    }

    /** The findings, stripped and without blanks. */
    static List<String> check(NewInspection n, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (n.kind() == null) {
            errors.add(new FieldError("kind", InspectionMessages.KIND_REQUIRED));
        }
        date(errors, "inspectedOn", n.inspectedOn(), today);
        String inspectors = strip(n.inspectors());
        if (inspectors == null) {
            errors.add(new FieldError("inspectors", InspectionMessages.INSPECTORS_REQUIRED));
        } else if (inspectors.length() > MAX_TEXT) {
            errors.add(new FieldError("inspectors", InspectionMessages.TEXT_TOO_LONG, MAX_TEXT));
        }
        List<String> findings = new ArrayList<>();
        for (String f : n.findings() == null ? List.<String>of() : n.findings()) {
            String s = strip(f);
            if (s == null) {
                continue;
            }
            if (s.length() > MAX_NOTE) {
                errors.add(new FieldError("findings", InspectionMessages.TEXT_TOO_LONG, MAX_NOTE));
            }
            findings.add(s);
        }
        if (findings.size() > MAX_FINDINGS) {
            errors.add(new FieldError("findings", InspectionMessages.TOO_MANY_FINDINGS, MAX_FINDINGS));
        }
        if (!findings.isEmpty() && n.correctBy() == null) {
            errors.add(new FieldError("correctBy", InspectionMessages.DEADLINE_REQUIRED));
        }
        if (n.correctBy() != null && n.inspectedOn() != null && n.correctBy().isBefore(n.inspectedOn())) {
            errors.add(new FieldError("correctBy", InspectionMessages.DEADLINE_BEFORE_INSPECTION));
        }
        note(errors, "note", n.note());
        fail(errors);
        return findings;
    }

    static void check(NewActivity a, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (a.kind() == null) {
            errors.add(new FieldError("kind", InspectionMessages.KIND_REQUIRED));
        }
        date(errors, "heldOn", a.heldOn(), today);
        String title = strip(a.title());
        if (title == null) {
            errors.add(new FieldError("title", InspectionMessages.TITLE_REQUIRED));
        } else if (title.length() > MAX_TEXT) {
            errors.add(new FieldError("title", InspectionMessages.TEXT_TOO_LONG, MAX_TEXT));
        }
        if (a.participants() < 0 || a.lettersSent() < 0 || a.lettersSigned() < 0) {
            errors.add(new FieldError("participants", InspectionMessages.COUNT_NEGATIVE));
        }
        if (a.lettersSigned() > a.lettersSent()) {
            errors.add(new FieldError("lettersSigned", InspectionMessages.SIGNED_ABOVE_SENT));
        }
        fail(errors);
    }

    static String note(String field, String value) {
        List<FieldError> errors = new ArrayList<>();
        note(errors, field, value);
        fail(errors);
        return strip(value);
    }

    private static void note(List<FieldError> errors, String field, String value) {
        String s = strip(value);
        if (s != null && s.length() > MAX_NOTE) {
            errors.add(new FieldError(field, InspectionMessages.TEXT_TOO_LONG, MAX_NOTE));
        }
    }

    private static void date(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            errors.add(new FieldError(field, InspectionMessages.DATE_REQUIRED));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError(field, InspectionMessages.DATE_IN_FUTURE, date.toString(), today.toString()));
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
