package org.xueji.ui.registry;

import java.util.Locale;
import org.xueji.ui.shell.api.UiContext;

/** Small component helpers shared by the registry views. */
final class ViewSupport {

    /** A text of the registry views in the user's language. */
    static String t(RegistryUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 学生查询 - 学籍管理平台}. */
    static String pageTitle(RegistryUiText title) {
        Locale locale = UiContext.locale();
        return RegistryUiText.PAGE_TITLE.format(locale, title.format(locale));
    }


    private ViewSupport() {
    }
}
