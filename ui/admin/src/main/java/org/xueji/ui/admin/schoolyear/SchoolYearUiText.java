package org.xueji.ui.admin.schoolyear;

import org.xueji.platform.api.MessageKey;

/** Every text of the school-year view (issue 15); zh in messages.properties, en beside it. */
public enum SchoolYearUiText implements MessageKey {
    TITLE,
    INTRO,
    READ_ONLY,
    YEAR,
    DEFAULTS,
    DISTRICT_SET,
    FIRST_START,
    FIRST_END,
    SECOND_START,
    SECOND_END,
    REGISTRATION_DEADLINE,
    ZHONGKAO,
    SURVEY1_OPENS,
    SURVEY1_CLOSES,
    SURVEY2_OPENS,
    SURVEY2_CLOSES,
    SAVE,
    SAVED,
    REQUIRED;

    @Override
    public String key() {
        return name();
    }
}
