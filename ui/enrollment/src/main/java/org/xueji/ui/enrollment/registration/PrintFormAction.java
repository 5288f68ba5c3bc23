package org.xueji.ui.enrollment.registration;

import java.util.Locale;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.StudentActionContribution;

/**
 * "打印学籍登记表" on the registry's student page (D3, R9): this module's print view for the
 * student. Needs EXPORT_DATA, as the print view itself (R4: printing needs a data release).
 */
@org.osgi.service.component.annotations.Component(service = StudentActionContribution.class)
public class PrintFormAction implements StudentActionContribution {

    @Override
    public String id() {
        return "student-print";
    }

    @Override
    public String label(Locale locale) {
        return RegistrationUiText.PRINT_FORM.format(locale);
    }

    @Override
    public Permission requiredPermission() {
        return Permission.EXPORT_DATA;
    }

    @Override
    public String href(long studentId) {
        return PrintFormView.ROUTE + "?student=" + studentId;
    }

    @Override
    public int order() {
        return 10;
    }
}
