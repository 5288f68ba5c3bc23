package org.xueji.ui.enrollment.registration;

import org.xueji.ui.kit.student.StudentRecordValues;
import java.util.Optional;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.InvalidIdentityException;
import org.xueji.registry.api.IdDocumentType;

/**
 * When the registration form has enough for the live duplicate check (D1 一人一籍): a valid
 * resident ID number, or for students without one their name, sex and birth date; and always
 * a school and an entry grade (they give the due date). The check runs again only when what
 * it looks at changes, so it is keyed by those values.
 */
final class CheckTrigger {

    /** ID numbers this long are complete: a problem found now is worth showing while typing. */
    private static final int FULL_ID_LENGTH = 18;

    /**
     * What the check would look at, or empty while the form does not have enough for one.
     * Equal keys give equal checks.
     */
    static Optional<String> keyOf(StudentRecordValues v, Long schoolId, Integer entryGrade) {
        if (schoolId == null || entryGrade == null) {
            return Optional.empty();
        }
        String placement = "|" + schoolId + "|" + entryGrade;
        if (v.idType() == IdDocumentType.RESIDENT_ID) {
            return residentId(v.idType(), v.idNumber()).map(id -> "ID|" + id.value() + placement);
        }
        String name = v.name() == null ? "" : v.name().strip();
        if (name.isEmpty() || v.sex() == null || v.birthDate() == null) {
            return Optional.empty();
        }
        String otherId = v.idNumber() == null ? "" : v.idNumber().strip().toUpperCase();
        return Optional.of("NO-ID|" + v.idType() + "|" + otherId + "|" + name + "|" + v.sex() + "|"
                + v.birthDate() + placement);
    }

    /** The resident ID number typed, if the document is a resident ID card and the number valid. */
    static Optional<ChineseIdNumber> residentId(IdDocumentType type, String text) {
        if (type != IdDocumentType.RESIDENT_ID || text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChineseIdNumber.parse(text));
        } catch (InvalidIdentityException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a complete-looking resident ID number is refused, to be shown on the field while
     * typing; empty while the number is valid, incomplete, or not a resident ID number.
     */
    static Optional<InvalidIdentityException> idNumberProblem(IdDocumentType type, String text) {
        if (type != IdDocumentType.RESIDENT_ID || text == null
                || text.strip().codePointCount(0, text.strip().length()) < FULL_ID_LENGTH) {
            return Optional.empty();
        }
        try {
            ChineseIdNumber.parse(text);
            return Optional.empty();
        } catch (InvalidIdentityException e) {
            return Optional.of(e);
        }
    }

    private CheckTrigger() {
    }
}
