package org.xueji.ui.enrollment.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.xueji.enrollment.api.ImportMode;
import org.xueji.enrollment.api.ImportProgress;
import org.xueji.enrollment.api.ImportStatus;
import org.xueji.ui.shell.api.UiContext;

/** Texts and labels of the import page. */
final class ImportSupport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A text of the import page in the user's language. */
    static String t(ImportUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 学籍导入导出 - 学籍管理平台}. */
    static String pageTitle(ImportUiText title) {
        Locale locale = UiContext.locale();
        return ImportUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String mode(ImportMode mode) {
        if (mode == null) {
            return "";
        }
        return t(switch (mode) {
            case ALL_OR_NOTHING -> ImportUiText.MODE_ALL_OR_NOTHING;
            case VALID_ROWS_ONLY -> ImportUiText.MODE_VALID_ROWS_ONLY;
        });
    }

    static String modeHelp(ImportMode mode) {
        return t(switch (mode) {
            case ALL_OR_NOTHING -> ImportUiText.MODE_ALL_OR_NOTHING_HELP;
            case VALID_ROWS_ONLY -> ImportUiText.MODE_VALID_ROWS_ONLY_HELP;
        });
    }

    static String status(ImportStatus status) {
        if (status == null) {
            return "";
        }
        return t(switch (status) {
            case RUNNING -> ImportUiText.STATUS_RUNNING;
            case COMPLETED -> ImportUiText.STATUS_COMPLETED;
            case REJECTED -> ImportUiText.STATUS_REJECTED;
            case ABORTED -> ImportUiText.STATUS_ABORTED;
        });
    }

    /** An import phase in the user's language. */
    static String phase(ImportProgress.Phase phase) {
        if (phase == null) {
            return "";
        }
        return t(switch (phase) {
            case READ -> ImportUiText.PHASE_READ;
            case CHECK -> ImportUiText.PHASE_CHECK;
            case WRITE -> ImportUiText.PHASE_WRITE;
        });
    }

    private ImportSupport() {
    }
}
