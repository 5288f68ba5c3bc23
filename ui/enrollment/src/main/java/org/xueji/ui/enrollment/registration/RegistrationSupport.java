package org.xueji.ui.enrollment.registration;

import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.Locale;
import org.xueji.ui.kit.student.StudentRecordForm;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/** Small component helpers shared by the registration views. */
final class RegistrationSupport {

    /** A text of the registration views in the user's language. */
    static String t(RegistrationUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    /** {@code 新生注册 - 学籍管理平台}. */
    static String pageTitle(RegistrationUiText title) {
        Locale locale = UiContext.locale();
        return RegistrationUiText.PAGE_TITLE.format(locale, title.format(locale));
    }

    /** {@code 2026-09-30}, or an empty string. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A section heading of a form. */
    static H3 sectionTitle(RegistrationUiText title) {
        return StudentRecordForm.sectionTitle(t(title));
    }

    static void showErrorText(String message) {
        Notify.errorText(message);
    }

    private RegistrationSupport() {
    }
}
