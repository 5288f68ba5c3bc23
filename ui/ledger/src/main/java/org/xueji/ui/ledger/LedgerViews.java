package org.xueji.ui.ledger;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The ledger's views as contributions to the console, in the menu group 台帐与考核. */
public final class LedgerViews {

    /** 月度台帐 (D4). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Ledger extends ModuleView {
        public Ledger() {
            super(LedgerView.ROUTE, LedgerView.class, LedgerUiText.LEDGER_TITLE, LedgerUiText.GROUP,
                    VaadinIcon.BOOK, 60, Permission.VIEW_LEDGER);
        }
    }

    /** 年度考核 (D4). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Assessment extends ModuleView {
        public Assessment() {
            super(AssessmentView.ROUTE, AssessmentView.class, LedgerUiText.ASSESSMENT_TITLE, LedgerUiText.GROUP,
                    VaadinIcon.TROPHY, 61, Permission.VIEW_LEDGER);
        }
    }

    private LedgerViews() {
    }
}
