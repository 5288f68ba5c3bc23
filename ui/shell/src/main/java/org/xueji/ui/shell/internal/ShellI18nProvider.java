package org.xueji.ui.shell.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;

/** Chinese first, English second; texts of the shell itself (modules use MessageKey enums). */
public class ShellI18nProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;

    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return ShellText.valueOf(key).format(locale, params);
        } catch (IllegalArgumentException e) {
            return "!" + key;
        }
    }
}
