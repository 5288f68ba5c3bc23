package org.xueji.ui.dropout;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The dropout views as contributions to the console, in the menu group 控辍保学. */
public final class DropoutViews {

    /** 控辍台账 (R23). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Ledger extends ModuleView {
        public Ledger() {
            super(DropoutLedgerView.ROUTE, DropoutLedgerView.class, DropoutUiText.LEDGER_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.CHILD, 70, Permission.VIEW_DROPOUT);
        }

        @Override
        public Set<String> topics() {
            return Set.of("dropout.ledger");
        }
    }

    /** 拉网式排查 (R23). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Surveys extends ModuleView {
        public Surveys() {
            super(SurveysView.ROUTE, SurveysView.class, DropoutUiText.SURVEYS_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.HOME, 71, Permission.VIEW_DROPOUT);
        }
    }

    /** One entry (reached from the ledger). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class EntryPage extends ModuleView {
        public EntryPage() {
            super(EntryView.ROUTE, EntryView.class, DropoutUiText.ENTRY_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.CHILD, 72, Permission.VIEW_DROPOUT);
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** The phone form of one household (reached from the surveys). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class HouseholdPage extends ModuleView {
        public HouseholdPage() {
            super(HouseholdView.ROUTE, HouseholdView.class, DropoutUiText.HOUSEHOLD_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.HOME, 73, Permission.VIEW_DROPOUT);
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** 四查三比对 (R29). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class CrossChecks extends ModuleView {
        public CrossChecks() {
            super(CrossCheckView.ROUTE, CrossCheckView.class, CrossCheckUiText.CROSSCHECK_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.SPLIT, 76, Permission.VIEW_DROPOUT);
        }

        @Override
        public Set<String> topics() {
            return Set.of("dropout.crosschecks");
        }
    }

    /** 控辍检查与宣传 (R30, R20). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Inspections extends ModuleView {
        public Inspections() {
            super(InspectionsView.ROUTE, InspectionsView.class, CrossCheckUiText.INSPECTIONS_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.CLIPBOARD_CHECK, 77, Permission.VIEW_DROPOUT);
        }

        @Override
        public Set<String> topics() {
            return Set.of("dropout.inspections");
        }
    }

    /** 辍学预警 (issue 10 item 7). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Risk extends ModuleView {
        public Risk() {
            super(RiskView.ROUTE, RiskView.class, RiskUiText.TITLE, DropoutUiText.GROUP, VaadinIcon.WARNING, 74,
                    Permission.VIEW_DROPOUT);
        }

        @Override
        public Set<String> topics() {
            return Set.of("dropout.risk");
        }
    }

    /** 考勤与成绩导入 (issue 10 items 2 and 7). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class RiskImports extends ModuleView {
        public RiskImports() {
            super(RiskImportView.ROUTE, RiskImportView.class, RiskUiText.IMPORTS_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.UPLOAD, 75, Permission.RECORD_DROPOUT);
        }
    }

    /** 重点儿童家访 (R28, issue 10 item 6). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class HomeVisits extends ModuleView {
        public HomeVisits() {
            super(HomeVisitsView.ROUTE, HomeVisitsView.class, VisitsUiText.HOME_VISITS_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.HANDSHAKE, 74, Permission.VIEW_DROPOUT);
        }

        @Override
        public Set<String> topics() {
            return Set.of("dropout.homevisits");
        }
    }

    /** 控辍报表 (issue 10 items 10 and 1). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Reports extends ModuleView {
        public Reports() {
            super(DropoutReportView.ROUTE, DropoutReportView.class, VisitsUiText.REPORTS_TITLE, DropoutUiText.GROUP,
                    VaadinIcon.CHART, 75, Permission.VIEW_DROPOUT);
        }
    }

    private DropoutViews() {
    }
}
