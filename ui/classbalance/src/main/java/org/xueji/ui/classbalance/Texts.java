package org.xueji.ui.classbalance;

import org.xueji.ui.shell.api.UiContext;

/** Texts of the class-balancing views in the user's language. */
final class Texts {

    private Texts() {
    }

    static String t(ClassBalanceUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String pageTitle(ClassBalanceUiText title) {
        return t(ClassBalanceUiText.PAGE_TITLE, t(title));
    }
}
