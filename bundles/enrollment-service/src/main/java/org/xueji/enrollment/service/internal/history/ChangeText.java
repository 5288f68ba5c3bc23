package org.xueji.enrollment.service.internal.history;

import org.xueji.platform.api.MessageKey;

/**
 * The words of a registry change line on the 学籍登记表 (texts in {@code messages.properties} Chinese and
 * {@code messages_en.properties} English beside this class); {@link ChangeLineText} puts them together.
 */
public enum ChangeText implements MessageKey {
    /** {0} kind, {1} reference part (may be empty), {2} parts part (may be empty). */
    LINE,
    /** {0} the stored reference, e.g. transfer:12. */
    REFERENCE,
    /** {0} the parts joined. */
    PARTS,
    PART_SEPARATOR,
    FIELD_SEPARATOR,
    /** No school or class (e.g. out of the class while suspended). */
    NONE,
    KIND_TRANSFER, KIND_RESUMPTION, KIND_STATUS, KIND_CORRECTION, KIND_CLASS_CHANGE,
    /** {0} before, {1} after. */
    PART_STATUS, PART_SCHOOL, PART_CLASS,
    /** {0} the corrected fields. */
    PART_CORRECTED,
    /** A change of the district's own type (地方异动类型). */
    KIND_LOCAL,
    /** {1} the local type's code. */
    PART_LOCAL;

    @Override
    public String key() {
        return name();
    }
}
