package org.xueji.ledger.service.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerMessages;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/** Input checks of the ledger: every error of a call at once, nothing stored when any. */
final class IncidentRules {

    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    static void checkPost(IncidentPost p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (p.type() == null) {
            errors.add(new FieldError("type", LedgerMessages.TYPE_REQUIRED));
        }
        if (p.sourceModule() == null || !MODULE_ID.matcher(p.sourceModule()).matches()
                || Incident.MANUAL.equals(p.sourceModule())) {
            errors.add(new FieldError("sourceModule", LedgerMessages.SOURCE_MODULE_INVALID));
        }
        date(errors, p.occurredOn(), today);
        if (p.description() == null) {
            errors.add(new FieldError("description", LedgerMessages.DESCRIPTION_REQUIRED));
        }
        boolean argsOk = p.args().size() <= LedgerLimits.MAX_ARGS;
        for (String a : p.args()) {
            argsOk &= a != null && a.length() <= LedgerLimits.MAX_ARG && a.chars().noneMatch(Character::isISOControl);
        }
        if (!argsOk) {
            errors.add(new FieldError("args", LedgerMessages.ARGS_INVALID, LedgerLimits.MAX_ARGS));
        }
        if (p.reference() != null) {
            text(errors, "reference", p.reference(), 200, false, false);
        }
        throwIfAny(errors);
    }

    static String checkManual(ManualIncident m, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (m.type() == null) {
            errors.add(new FieldError("type", LedgerMessages.TYPE_REQUIRED));
        }
        date(errors, m.occurredOn(), today);
        String description = text(errors, "description", m.description(), LedgerLimits.MAX_DESCRIPTION, true, true);
        throwIfAny(errors);
        return description;
    }

    /** Checks a follow-up; returns the cleaned document name (or null). */
    static String checkFollowUp(NewFollowUp f) {
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.kind() == null) {
            errors.add(new FieldError("kind", LedgerMessages.FOLLOW_UP_KIND_REQUIRED));
            throwIfAny(errors);
        }
        text(errors, "note", f.note(), LedgerLimits.MAX_NOTE, f.kind() == FollowUpKind.NOTE, true);
        String name = null;
        if (f.kind() == FollowUpKind.DISTRICT_NOTICE) {
            String number = text(errors, "noticeNumber", f.noticeNumber(), LedgerLimits.MAX_NOTICE_NUMBER, false,
                    false);
            if (number == null && errors.isEmpty()) {
                errors.add(new FieldError("noticeNumber", LedgerMessages.NOTICE_NUMBER_REQUIRED));
            }
        }
        if (f.kind() == FollowUpKind.SELF_REVIEW) {
            byte[] doc = f.document();
            if (doc == null || doc.length == 0) {
                errors.add(new FieldError("document", LedgerMessages.DOCUMENT_REQUIRED));
            } else if (doc.length > LedgerLimits.MAX_DOCUMENT_BYTES) {
                errors.add(new FieldError("document", LedgerMessages.DOCUMENT_TOO_LARGE,
                        LedgerLimits.MAX_DOCUMENT_BYTES / (1024 * 1024)));
            } else if (!isPdf(doc)) {
                errors.add(new FieldError("document", LedgerMessages.DOCUMENT_NOT_PDF));
            }
            name = documentName(f.documentName());
        }
        throwIfAny(errors);
        return name;
    }

    static String checkClosingNote(String note) {
        List<FieldError> errors = new ArrayList<>();
        String cleaned = text(errors, "note", note, LedgerLimits.MAX_NOTE, false, true);
        throwIfAny(errors);
        return cleaned;
    }

    static void checkMonth(YearMonth month, LocalDate today) {
        if (month != null && month.isAfter(YearMonth.from(today))) {
            throw new ValidationException(List.of(new FieldError("month", LedgerMessages.MONTH_IN_FUTURE,
                    month.toString(), YearMonth.from(today).toString())));
        }
    }

    static void checkYear(int year, LocalDate today) {
        if (year < 2000 || year > today.getYear()) {
            throw new ValidationException(List.of(new FieldError("year", LedgerMessages.YEAR_INVALID,
                    String.valueOf(year))));
        }
    }

    /** A PDF by its content: the file starts with {@code %PDF-}, whatever its name says. */
    static boolean isPdf(byte[] content) {
        if (content.length < PDF_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String documentName(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
        String v = b.toString().strip();
        if (v.isEmpty()) {
            return "self-review.pdf";
        }
        return v.length() > 200 ? v.substring(v.length() - 200) : v;
    }

    private static void date(List<FieldError> errors, LocalDate day, LocalDate today) {
        if (day == null) {
            errors.add(new FieldError("occurredOn", LedgerMessages.DATE_REQUIRED));
        } else if (day.isAfter(today)) {
            errors.add(new FieldError("occurredOn", LedgerMessages.DATE_IN_FUTURE, day.toString(), today.toString()));
        } else if (day.getYear() < 2000) {
            errors.add(new FieldError("occurredOn", LedgerMessages.YEAR_INVALID, String.valueOf(day.getYear())));
        }
    }

    /** A stripped text or null when blank; line breaks allowed only in multi-line texts. */
    private static String text(List<FieldError> errors, String field, String value, int max, boolean required,
                               boolean multiLine) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, field.equals("note") ? LedgerMessages.NOTE_REQUIRED
                        : LedgerMessages.DESCRIPTION_REQUIRED));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, LedgerMessages.TEXT_TOO_LONG, max));
        } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r'
                || c == '\t')))) {
            errors.add(new FieldError(field, LedgerMessages.CONTROL_CHARACTERS));
        }
        return v;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private IncidentRules() {
    }
}
