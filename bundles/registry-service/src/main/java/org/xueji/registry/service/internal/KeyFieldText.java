package org.xueji.registry.service.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.CodedValue;
import org.xueji.registry.api.DisabilityType;
import org.xueji.registry.api.EntryWay;
import org.xueji.registry.api.Guardian;
import org.xueji.registry.api.HouseholdType;
import org.xueji.registry.api.IdDocumentType;
import org.xueji.registry.api.LeftBehindStatus;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.StudentValidator;
import org.xueji.registry.api.StudyMode;
import org.xueji.registry.api.transfer.KeyFields;

/** Key fields (R3) read from their stored codes, merged with a correction and validated like a registration. */
final class KeyFieldText {

    private static final Set<String> KEY_FIELDS = Set.of("name", "sex", "birthDate", "idType", "idNumber",
            "ethnicityCode");

    static Sex sex(String code) {
        return code == null ? null : Sex.fromCode(code);
    }

    static IdDocumentType idType(String code) {
        return CodedValue.fromCodeOrLabel(IdDocumentType.class, code);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The record's key fields after the correction: a null component keeps its value. */
    static KeyFields merge(KeyFields before, KeyFields c) {
        String idNumber = c.idNumber() == null ? before.idNumber() : c.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
        return new KeyFields(c.name() == null ? before.name() : c.name().strip(), c.sex() == null ? before.sex() : c.sex(),
                c.birthDate() == null ? before.birthDate() : c.birthDate(),
                c.idType() == null ? before.idType() : c.idType(), idNumber.isEmpty() ? null : idNumber,
                c.ethnicityCode() == null ? before.ethnicityCode() : c.ethnicityCode().strip());
    }

    /**
     * The registry's own validator judges the corrected key fields (ID check digit, birth date and
     * sex agreeing with the ID number, known ethnicity); the other fields are placeholders whose
     * errors are not reported.
     */
    static void validate(KeyFields k, LocalDate today) {
        StudentData probe = new StudentData(k.name(), k.sex(), k.birthDate(), k.idType(), k.idNumber(), null, null,
                k.ethnicityCode(), "CHN", "-", HouseholdType.AGRICULTURAL, "-",
                k.birthDate() == null ? YearMonth.from(today) : YearMonth.from(k.birthDate()).plusYears(6),
                EntryWay.NEARBY, StudyMode.DAY, false, false, LeftBehindStatus.NONE, false, false, false, false,
                DisabilityType.NONE, 0L, null, List.of(new Guardian("-", "-", "-", null)));
        List<FieldError> errors = StudentValidator.validate(StudentValidator.normalise(probe), today).stream()
                .filter(e -> KEY_FIELDS.contains(e.field())).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private KeyFieldText() {
    }
}
