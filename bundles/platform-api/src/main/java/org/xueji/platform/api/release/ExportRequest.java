package org.xueji.platform.api.release;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an export asks of its release (R4).
 *
 * @param kind           e.g. {@code students.csv}; audited
 * @param schoolId       the school whose data, {@code null} for the whole district
 * @param gradeLevel     the one grade asked for, {@code null} when the query names none (the
 *                       export then keeps only the release's grades)
 * @param requiredFields field groups the export cannot do without (a 学籍登记表 shows every
 *                       group); empty when the export just leaves out the groups not approved
 */
public record ExportRequest(String kind, Long schoolId, Integer gradeLevel, Set<ReleaseField> requiredFields) {

    public ExportRequest {
        requiredFields = requiredFields == null || requiredFields.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ReleaseField.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredFields));
    }
}
