package org.xueji.ui.enrollment.autumn;

import org.xueji.platform.api.MessageKey;

/** Texts of the autumn registration view (issue 15); zh in messages.properties, en beside it. */
public enum AutumnUiText implements MessageKey {
    TITLE,
    INTRO,
    YEAR,
    NOT_OPEN,
    OPEN,
    OPENED,
    COL_SCHOOL,
    COL_CLASSES,
    COL_STUDENTS,
    COL_DUE,
    COL_DAYS_LEFT,
    COL_STATUS,
    UNCONFIRMED_TITLE,
    COL_NAME,
    COL_CLASS,
    NONE_UNCONFIRMED,
    STATUS_COMPLETE,
    STATUS_ON_TRACK,
    STATUS_DUE_SOON,
    STATUS_OVERDUE;

    @Override
    public String key() {
        return name();
    }
}
