package org.xueji.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.identity.ChineseIdNumber;

/**
 * The field rules of a student record, in one place: the service enforces them before
 * writing and the web form shows the same messages next to each field.
 */
public final class StudentValidator {

    public static final int NAME_MAX = 50;
    public static final int PLACE_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int PHONE_MAX = 20;
    public static final int MAX_GUARDIANS = 2;

    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    /**
     * Returns the trimmed record with the ID number in its canonical form (upper-case X,
     * 15 digits upgraded), or the input unchanged where a field cannot be normalised.
     */
    public static StudentData normalise(StudentData d) {
        String id = trim(d.idNumber());
        if (id != null && d.idType() == IdDocumentType.RESIDENT_ID) {
            try {
                id = ChineseIdNumber.parse(id).value();
            } catch (DomainException e) {
                // left as typed; validate() reports it on the field
            }
        }
        String nationality = trim(d.nationality());
        List<Guardian> guardians = d.guardians().stream()
                .map(g -> new Guardian(trim(g.name()), trim(g.relation()), trim(g.phone()), trimUpper(g.idNumber())))
                .filter(g -> g.name() != null || g.relation() != null || g.phone() != null || g.idNumber() != null)
                .toList();
        return new StudentData(trim(d.name()), d.sex(), d.birthDate(), d.idType(), id, trim(d.birthPlace()),
                trim(d.nativePlace()), trim(d.ethnicityCode()), nationality == null ? null : nationality.toUpperCase(),
                trim(d.householdAddress()), d.householdType(), trim(d.currentAddress()), d.entryYearMonth(),
                d.entryWay(), d.studyMode(), d.onlyChild(), d.preschool(), d.leftBehind(), d.migrant(), d.orphan(),
                d.martyrChild(), d.inclusion(), d.disability(), d.schoolId(), d.classId(), guardians);
    }

    /** All field errors of a (normalised) record; empty when it may be stored. */
    public static List<FieldError> validate(StudentData d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", d.name(), NAME_MAX, true);
        required(errors, "sex", d.sex());
        required(errors, "birthDate", d.birthDate());
        required(errors, "idType", d.idType());
        text(errors, "birthPlace", d.birthPlace(), PLACE_MAX, false);
        text(errors, "nativePlace", d.nativePlace(), PLACE_MAX, false);
        text(errors, "householdAddress", d.householdAddress(), ADDRESS_MAX, true);
        required(errors, "householdType", d.householdType());
        text(errors, "currentAddress", d.currentAddress(), ADDRESS_MAX, true);
        required(errors, "entryYearMonth", d.entryYearMonth());
        required(errors, "entryWay", d.entryWay());
        required(errors, "studyMode", d.studyMode());
        required(errors, "leftBehind", d.leftBehind());
        required(errors, "disability", d.disability());
        required(errors, "schoolId", d.schoolId());

        if (d.ethnicityCode() == null || d.ethnicityCode().isEmpty()) {
            errors.add(new FieldError("ethnicityCode", PlatformMessages.REQUIRED));
        } else if (!Ethnicity.isValidCode(d.ethnicityCode())) {
            errors.add(new FieldError("ethnicityCode", RegistryMessages.ETHNICITY_UNKNOWN, d.ethnicityCode()));
        }
        if (d.nationality() == null || d.nationality().isEmpty()) {
            errors.add(new FieldError("nationality", PlatformMessages.REQUIRED));
        } else if (!NATIONALITY.matcher(d.nationality()).matches()) {
            errors.add(new FieldError("nationality", RegistryMessages.NATIONALITY_INVALID));
        }
        if (d.birthDate() != null && d.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", RegistryMessages.BIRTH_DATE_IN_FUTURE));
        }
        if (d.birthDate() != null && d.entryYearMonth() != null
                && d.entryYearMonth().isBefore(java.time.YearMonth.from(d.birthDate()))) {
            errors.add(new FieldError("entryYearMonth", RegistryMessages.ENTRY_BEFORE_BIRTH));
        }
        validateIdNumber(errors, d, today);
        validateGuardians(errors, d);
        return errors;
    }

    private static void validateIdNumber(List<FieldError> errors, StudentData d, LocalDate today) {
        if (d.idType() == null) {
            return;
        }
        String id = d.idNumber();
        if (d.idType() == IdDocumentType.RESIDENT_ID) {
            if (id == null || id.isEmpty()) {
                errors.add(new FieldError("idNumber", RegistryMessages.ID_NUMBER_REQUIRED));
                return;
            }
            ChineseIdNumber parsed;
            try {
                parsed = ChineseIdNumber.parse(id);
            } catch (DomainException e) {
                errors.add(new FieldError("idNumber", e.messageKey(), e.args()));
                return;
            }
            // D1: birth date and sex are derived from the ID number and must agree with it
            if (d.birthDate() != null && !d.birthDate().equals(parsed.birthDate())) {
                errors.add(new FieldError("birthDate", RegistryMessages.BIRTH_DATE_MISMATCH, parsed.birthDate()));
            }
            if (d.sex() != null && d.sex() != parsed.sex()) {
                errors.add(new FieldError("sex", RegistryMessages.SEX_MISMATCH, parsed.sex().label()));
            }
        } else if (d.idType() == IdDocumentType.OTHER) {
            if (id != null && !id.isEmpty()) {
                errors.add(new FieldError("idNumber", RegistryMessages.ID_NUMBER_NOT_ALLOWED));
            }
        } else {
            text(errors, "idNumber", id, 30, true);
        }
    }

    private static void validateGuardians(List<FieldError> errors, StudentData d) {
        List<Guardian> guardians = d.guardians();
        if (guardians.isEmpty()) {
            errors.add(new FieldError("guardians", RegistryMessages.GUARDIAN_REQUIRED));
            return;
        }
        if (guardians.size() > MAX_GUARDIANS) {
            errors.add(new FieldError("guardians", RegistryMessages.TOO_MANY_GUARDIANS));
        }
        boolean studentHasId = d.idNumber() != null && !d.idNumber().isEmpty();
        for (int i = 0; i < guardians.size(); i++) {
            Guardian g = guardians.get(i);
            String prefix = "guardians[" + i + "].";
            text(errors, prefix + "name", g.name(), NAME_MAX, true);
            text(errors, prefix + "relation", g.relation(), 20, true);
            text(errors, prefix + "phone", g.phone(), PHONE_MAX, i == 0);
            if (g.phone() != null && !g.phone().isEmpty() && !PHONE.matcher(g.phone()).matches()) {
                errors.add(new FieldError(prefix + "phone", RegistryMessages.GUARDIAN_PHONE_INVALID, g.phone()));
            }
            if (g.idNumber() != null && !g.idNumber().isEmpty()) {
                try {
                    ChineseIdNumber.parse(g.idNumber());
                } catch (DomainException e) {
                    errors.add(new FieldError(prefix + "idNumber", e.messageKey(), e.args()));
                }
            }
        }
        boolean someGuardianHasId = guardians.stream().anyMatch(g -> g.idNumber() != null && !g.idNumber().isEmpty());
        if (!studentHasId && !someGuardianHasId) {
            errors.add(new FieldError("guardians[0].idNumber", RegistryMessages.GUARDIAN_ID_REQUIRED));
        }
    }

    /** Required/length/control-character checks of one text field. */
    public static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, PlatformMessages.REQUIRED));
            }
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, PlatformMessages.TOO_LONG, max));
        }
        if (value.codePoints().anyMatch(StudentValidator::isControl)) {
            errors.add(new FieldError(field, PlatformMessages.CONTROL_CHARACTERS));
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, PlatformMessages.REQUIRED));
        }
    }

    private static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT && cp != 0x200D
                || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String trimUpper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase();
    }

    private StudentValidator() {
    }
}
