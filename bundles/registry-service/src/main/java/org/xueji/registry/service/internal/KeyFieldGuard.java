package org.xueji.registry.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.StudentData;
import org.xueji.registry.api.transfer.TransferRegistryMessages;

/**
 * R3 (issue 14): a record's key fields — 姓名, 性别, 出生日期, 身份证件类型/号, 民族 and the grade (a class
 * of another grade) — are never changed by a direct edit; they change through a key-field
 * correction (or a grade change) the district approves, applied by {@link RecordChangesImpl}.
 * Every other field stays directly editable and audited.
 */
final class KeyFieldGuard {

    /**
     * Refuses the edit naming each key field it would change.
     *
     * @param gradeBefore the grade of the record's class now, {@code null} without a class
     * @param gradeAfter  the grade of the class the edit places it in, {@code null} without a class
     */
    static void refuseKeyFieldEdits(StudentData before, StudentData after, Integer gradeBefore, Integer gradeAfter) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "name", before.name(), after.name());
        check(errors, "sex", before.sex(), after.sex());
        check(errors, "birthDate", before.birthDate(), after.birthDate());
        check(errors, "idType", before.idType(), after.idType());
        check(errors, "idNumber", before.idNumber(), after.idNumber());
        check(errors, "ethnicityCode", before.ethnicityCode(), after.ethnicityCode());
        if (gradeBefore != null && gradeAfter != null && !gradeBefore.equals(gradeAfter)) {
            errors.add(new FieldError("classId", TransferRegistryMessages.KEY_FIELD_NEEDS_CORRECTION));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            errors.add(new FieldError(field, TransferRegistryMessages.KEY_FIELD_NEEDS_CORRECTION));
        }
    }

    private KeyFieldGuard() {
    }
}
