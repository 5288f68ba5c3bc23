package org.xueji.dropout.service.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.Closing;
import org.xueji.dropout.api.DropoutMessages;
import org.xueji.dropout.api.NewVisit;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;

/** Checks of what people enter; each failure is a field error with a message key, nothing is stored. */
public final class EntryRules {

    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTE = 500;

    private EntryRules() {
    }

    /** A child without a registry record: name, sex, birth date and a valid ID number agreeing with both. */
    public static String checkChildWithoutRecord(ChildData c, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(c.name())) {
            errors.add(new FieldError("name", DropoutMessages.NAME_REQUIRED));
        } else if (c.name().strip().length() > 50) {
            errors.add(new FieldError("name", DropoutMessages.TEXT_TOO_LONG, 50));
        }
        if (c.sex() == null) {
            errors.add(new FieldError("sex", DropoutMessages.SEX_REQUIRED));
        }
        if (c.birthDate() == null) {
            errors.add(new FieldError("birthDate", DropoutMessages.BIRTH_DATE_REQUIRED));
        }
        String id = null;
        if (blank(c.idNumber())) {
            errors.add(new FieldError("idNumber", DropoutMessages.ID_NUMBER_INVALID));
        } else {
            try {
                ChineseIdNumber parsed = ChineseIdNumber.parse(c.idNumber(), clock);
                id = parsed.value();
                if (c.birthDate() != null && c.sex() != null
                        && (!parsed.birthDate().equals(c.birthDate()) || parsed.sex() != c.sex())) {
                    errors.add(new FieldError("idNumber", DropoutMessages.ID_NUMBER_MISMATCH));
                }
            } catch (InvalidIdentityException e) {
                errors.add(new FieldError("idNumber", DropoutMessages.ID_NUMBER_INVALID));
            }
        }
        fail(errors);
        return id;
    }

    public static void checkAge(LocalDate birthDate, LocalDate on, DropoutConfig config) {
        int age = Period.between(birthDate, on).getYears();
        if (age < config.minAge() || age > config.maxAge()) {
            fail(List.of(new FieldError("birthDate", DropoutMessages.NOT_SCHOOL_AGE, age, config.minAge(),
                    config.maxAge())));
        }
    }

    public static void checkDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            fail(List.of(new FieldError(field, DropoutMessages.DATE_REQUIRED)));
        }
        if (date.isAfter(today)) {
            fail(List.of(new FieldError(field, DropoutMessages.DATE_IN_FUTURE, date.toString(), today.toString())));
        }
    }

    /** Optional text: stripped, null when blank, refused when too long. */
    public static String text(String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            fail(List.of(new FieldError(field, DropoutMessages.TEXT_TOO_LONG, max)));
        }
        return s;
    }

    public static String required(String field, String value, int max, DropoutMessages missing) {
        String s = text(field, value, max);
        if (s == null) {
            fail(List.of(new FieldError(field, missing)));
        }
        return s;
    }

    public static void checkVisit(NewVisit v, LocalDate today) {
        checkDate("visitedOn", v.visitedOn(), today);
        required("visitors", v.visitors(), MAX_TEXT, DropoutMessages.VISITORS_REQUIRED);
        required("met", v.met(), MAX_TEXT, DropoutMessages.MET_REQUIRED);
        required("outcome", v.outcome(), MAX_NOTE, DropoutMessages.VISIT_OUTCOME_REQUIRED);
        text("nextStep", v.nextStep(), MAX_NOTE);
        text("evidenceName", v.evidenceName(), MAX_TEXT);
    }

    /** 动态销号 only with an outcome and what that outcome needs confirmed (R23). */
    public static void checkClosing(Closing c) {
        if (c == null || c.outcome() == null) {
            fail(List.of(new FieldError("outcome", DropoutMessages.OUTCOME_REQUIRED)));
        }
        text("note", c.note(), MAX_NOTE);
        switch (c.outcome()) {
            case BACK_AT_SCHOOL -> {
                if (c.classId() == null) {
                    fail(List.of(new FieldError("classId", DropoutMessages.CLASS_REQUIRED)));
                }
            }
            case TRANSFERRED -> {
                required("receivingSchool", c.receivingSchool(), MAX_TEXT, DropoutMessages.RECEIVING_SCHOOL_REQUIRED);
                if (!c.confirmed()) {
                    fail(List.of(new FieldError("confirmed", DropoutMessages.RECEIVING_NOT_CONFIRMED)));
                }
            }
            case MOVED_AWAY -> {
                required("newPlace", c.newPlace(), MAX_TEXT, DropoutMessages.NEW_PLACE_REQUIRED);
                if (!c.confirmed()) {
                    fail(List.of(new FieldError("confirmed", DropoutMessages.NEW_PLACE_NOT_CONFIRMED)));
                }
            }
            case HOME_TEACHING, DECEASED -> required("note", c.note(), MAX_NOTE, DropoutMessages.NOTE_REQUIRED);
            default -> throw new IllegalStateException(c.outcome().name());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
