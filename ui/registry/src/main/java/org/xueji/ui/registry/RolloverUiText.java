package org.xueji.ui.registry;

import org.xueji.platform.api.MessageKey;
import org.xueji.ui.shell.api.UiContext;

/** Texts of the 学年升级 view (issue 15); in rollover_messages*.properties beside this class. */
public enum RolloverUiText implements MessageKey {
    TITLE, INTRO, YEAR, SCHOOL, ALL_SCHOOLS, DRY_RUN, RUN, YEAR_NOT_ENDED, COL_SCHOOL, COL_GRADE, COL_CLASSES,
    COL_MOVING_UP, COL_GRADUATING, COL_REPEATING, COL_TO_CREATE, COL_STATUS, STATUS_DONE, STATUS_PENDING,
    TOTALS, PROGRESS, RESULT, NOTHING_TO_DO, GRADUATED_NOTICE;

    @Override
    public String key() {
        return name();
    }

    @Override
    public String bundleBaseName() {
        return getClass().getPackageName() + ".rollover_messages";
    }

    String t(Object... args) {
        return format(UiContext.locale(), args);
    }
}
