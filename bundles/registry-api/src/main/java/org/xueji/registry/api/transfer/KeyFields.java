package org.xueji.registry.api.transfer;

import java.time.LocalDate;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.IdDocumentType;

/**
 * The key fields of a record (R3: 姓名, 性别, 出生日期, 身份证件类型/号, 民族), changed only by a
 * correction the district approved. In a correction a {@code null} component stays as it is.
 */
public record KeyFields(String name, Sex sex, LocalDate birthDate, IdDocumentType idType, String idNumber,
                        String ethnicityCode) {

    public boolean isEmpty() {
        return name == null && sex == null && birthDate == null && idType == null && idNumber == null
                && ethnicityCode == null;
    }
}
