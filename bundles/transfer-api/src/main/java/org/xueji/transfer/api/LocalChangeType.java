package org.xueji.transfer.api;

import java.util.Locale;
import org.xueji.platform.api.MessageKey;

/**
 * A change type of the district's own (地方异动类型), from the {@code localTypes} setting of
 * {@code etc/org.xueji.transfer.cfg}. Started by the record's school like the other school changes; its steps are
 * the school's principal, then the district when {@code districtStep}; approved, it is entered in the record's
 * change history (the record itself does not change). Its workflow request type is {@code local-<code>}.
 *
 * @param code             lower-case letters, digits and '-', at most 20 (stored with the change)
 * @param nameZh           the Chinese name, shown in the console
 * @param nameEn           the English name
 * @param districtStep     the district approves after the principal
 * @param evidenceRequired at least one piece of evidence must be uploaded
 */
public record LocalChangeType(String code, String nameZh, String nameEn, boolean districtStep,
                              boolean evidenceRequired) implements MessageKey {

    /** The prefix of a local type's workflow request type id. */
    public static final String REQUEST_PREFIX = "local-";

    public String requestTypeId() {
        return REQUEST_PREFIX + code;
    }

    @Override
    public String key() {
        return "local." + code;
    }

    /** The configured name (not a resource bundle): English for an English locale, Chinese otherwise. */
    @Override
    public String format(Locale locale, Object... args) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
