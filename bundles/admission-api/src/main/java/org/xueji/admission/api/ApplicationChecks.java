package org.xueji.admission.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;

/**
 * The automatic checks of an application (R24, R27), pure: each problem is a {@link FieldError}
 * with its own message key, all found problems are reported together, nothing is stored when one
 * is found. The duplicate check (the same child anywhere in the district) needs the store and is
 * the service's.
 */
public final class ApplicationChecks {

    static final int MAX_TEXT = 100;

    private ApplicationChecks() {
    }

    /**
     * @param today the day the application is submitted or edited (the window check)
     * @throws ValidationException listing every problem found
     */
    public static void check(Season season, ApplicationForm f, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        SeasonSetup s = season.setup();
        if (today.isBefore(s.windowOpens()) || today.isAfter(s.windowCloses())) {
            errors.add(new FieldError("window", AdmissionMessages.WINDOW_CLOSED, s.windowOpens().toString(),
                    s.windowCloses().toString()));
        }
        if (season.plan(f.schoolId()) == null) {
            errors.add(new FieldError("schoolId", AdmissionMessages.SCHOOL_NOT_IN_SEASON, String.valueOf(f.schoolId())));
        }
        if (blank(f.childName())) {
            errors.add(new FieldError("childName", AdmissionMessages.NAME_REQUIRED));
        }
        text(errors, "childName", f.childName());
        text(errors, "guardianName", f.guardianName());
        text(errors, "guardianPhone", f.guardianPhone());
        text(errors, "householdType", f.householdType());
        checkIdAndAge(errors, s, f.idNumber());
        if (f.category() == null) {
            errors.add(new FieldError("category", AdmissionMessages.CATEGORY_REQUIRED));
        } else {
            checkAddress(errors, season, f);
            if (f.category() == Category.MIGRANT) {
                checkPermit(errors, season, f.permit());
            }
            checkProofs(errors, season.rule(f.category()), f);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The ID number's 18-character form, read as on the cut-off date (a child born after today's date is no error). */
    public static String idNumber(SeasonSetup s, String raw) {
        return ChineseIdNumber.parse(raw, cutOffClock(s)).value();
    }

    private static Clock cutOffClock(SeasonSetup s) {
        return Clock.fixed(s.cutOff().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Valid ID number (D1) and the child's age on the cut-off date within the grade's range. */
    static void checkIdAndAge(List<FieldError> errors, SeasonSetup s, String raw) {
        ChineseIdNumber id;
        try {
            id = ChineseIdNumber.parse(raw, cutOffClock(s));
        } catch (InvalidIdentityException e) {
            errors.add(new FieldError("idNumber", e.messageKey(), e.args()));
            return;
        }
        int age = id.ageOn(s.cutOff());
        if (age < s.minAge() || age > s.maxAge()) {
            errors.add(new FieldError("idNumber", AdmissionMessages.AGE_WRONG_FOR_GRADE, age, s.minAge(), s.maxAge(),
                    s.cutOff().toString()));
        }
    }

    /** Household and property: in a service area of the chosen school; the others: in the district. */
    static void checkAddress(List<FieldError> errors, Season season, ApplicationForm f) {
        String street = f.street();
        String community = f.community();
        if (f.category() == Category.MIGRANT && blank(street) && f.permit() != null) {
            street = f.permit().street();
            community = f.permit().community();
        }
        if (blank(street) || blank(community)) {
            errors.add(new FieldError("address", AdmissionMessages.ADDRESS_REQUIRED));
            return;
        }
        final String st = street;
        final String co = community;
        boolean inDistrict = season.areas().stream().anyMatch(a -> a.covers(st, co));
        boolean inSchoolArea = season.areas().stream()
                .anyMatch(a -> a.covers(st, co) && a.schoolIds().contains(f.schoolId()));
        if (f.category() == Category.OTHER) {
            if (!inDistrict) {
                errors.add(new FieldError("address", AdmissionMessages.ADDRESS_OUTSIDE_DISTRICT));
            }
        } else if (!inSchoolArea) {
            errors.add(new FieldError("address", AdmissionMessages.ADDRESS_OUTSIDE_AREA));
        }
    }

    /** R27: a permit with a number and issuer, sane dates, valid on the cut-off date, in the district, long enough. */
    static void checkPermit(List<FieldError> errors, Season season, ResidencePermit p) {
        if (p == null) {
            errors.add(new FieldError("permit", AdmissionMessages.PERMIT_REQUIRED));
            return;
        }
        if (p.number() == null || !p.number().strip().matches("[0-9A-Za-z-]{6,30}")) {
            errors.add(new FieldError("permit.number", AdmissionMessages.PERMIT_NUMBER_INVALID));
        }
        if (blank(p.issuedBy())) {
            errors.add(new FieldError("permit.issuedBy", AdmissionMessages.PERMIT_ISSUER_REQUIRED));
        }
        text(errors, "permit.issuedBy", p.issuedBy());
        LocalDate cutOff = season.setup().cutOff();
        if (p.validFrom() == null || p.validUntil() == null || p.validFrom().isAfter(p.validUntil())
                || p.residentSince() == null || p.residentSince().isAfter(cutOff)) {
            errors.add(new FieldError("permit.dates", AdmissionMessages.PERMIT_DATES_INVALID));
        } else {
            if (cutOff.isBefore(p.validFrom()) || cutOff.isAfter(p.validUntil())) {
                errors.add(new FieldError("permit.validUntil", AdmissionMessages.PERMIT_NOT_VALID_ON_CUTOFF,
                        cutOff.toString()));
            }
            long months = ChronoUnit.MONTHS.between(p.residentSince(), cutOff);
            if (months < season.setup().minResidenceMonths()) {
                errors.add(new FieldError("permit.residentSince", AdmissionMessages.RESIDENCE_TOO_SHORT, months,
                        season.setup().minResidenceMonths()));
            }
        }
        if (season.areas().stream().noneMatch(a -> a.covers(p.street(), p.community()))) {
            errors.add(new FieldError("permit.address", AdmissionMessages.PERMIT_OUTSIDE_DISTRICT));
        }
    }

    /** Exactly the category's short list: nothing missing, nothing the district did not ask for. */
    static void checkProofs(List<FieldError> errors, DocumentRule rule, ApplicationForm f) {
        for (String proof : rule.proofs()) {
            if (!f.proofs().contains(proof)) {
                errors.add(new FieldError("proofs", AdmissionMessages.PROOF_MISSING, proof));
            }
        }
        for (String proof : f.proofs().stream().sorted().toList()) {
            if (!rule.proofs().contains(proof)) {
                errors.add(new FieldError("proofs", AdmissionMessages.PROOF_NOT_ACCEPTED, proof));
            }
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(field, AdmissionMessages.TEXT_TOO_LONG, MAX_TEXT));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
