package org.xueji.ui.transfer;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.StudentActionContribution;
import org.xueji.ui.shell.api.ViewContribution;

/** The transfer module's views and its action on the registry's student page. */
public final class TransferViews {

    /** 学籍异动: the list of changes with days left. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Changes extends ModuleView {
        public Changes() {
            super(TransferListView.ROUTE, TransferListView.class, TransferUiText.LIST_TITLE, TransferUiText.GROUP,
                    VaadinIcon.EXCHANGE, 25, Permission.VIEW_STUDENT);
        }

        /** The transfer service's reminders (steps due soon or overdue) link here. */
        @Override
        public java.util.Set<String> topics() {
            return java.util.Set.of("transfer.changes");
        }
    }

    /** 学籍异动统计: monthly in/out, approval times. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Statistics extends ModuleView {
        public Statistics() {
            super(StatisticsView.ROUTE, StatisticsView.class, TransferUiText.STATS_TITLE, TransferUiText.GROUP,
                    VaadinIcon.BAR_CHART, 27, Permission.VIEW_STUDENT);
        }
    }

    /** One student's changes (reached from the student page, not from the menu). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class StudentChanges extends ModuleView {
        public StudentChanges() {
            super(StudentChangesView.ROUTE, StudentChangesView.class, TransferUiText.STUDENT_TITLE,
                    TransferUiText.GROUP, VaadinIcon.EXCHANGE, 26, Permission.VIEW_STUDENT);
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** "学籍异动" on the registry's student page. */
    @org.osgi.service.component.annotations.Component(service = StudentActionContribution.class)
    public static final class StudentAction implements StudentActionContribution {
        @Override
        public String id() {
            return "student-changes";
        }

        @Override
        public String label(Locale locale) {
            return TransferUiText.STUDENT_ACTION.format(locale);
        }

        @Override
        public Permission requiredPermission() {
            return Permission.VIEW_STUDENT;
        }

        @Override
        public String href(long studentId) {
            return StudentChangesView.ROUTE + "?student=" + studentId;
        }

        @Override
        public int order() {
            return 20;
        }
    }

    /**
     * "更正关键信息" on the registry's student page (R3): the key fields are read-only there, this opens the
     * correction dialog of the student's changes page. The registry names no route of this module.
     */
    @org.osgi.service.component.annotations.Component(service = StudentActionContribution.class)
    public static final class KeyFieldCorrection implements StudentActionContribution {
        @Override
        public String id() {
            return "student-correct-key-fields";
        }

        @Override
        public String label(Locale locale) {
            return TransferUiText.ACTION_CORRECTION.format(locale);
        }

        @Override
        public Permission requiredPermission() {
            return Permission.EDIT_STUDENT;
        }

        @Override
        public String href(long studentId) {
            return StudentChangesView.ROUTE + "?student=" + studentId + "&" + StudentChangesView.OPEN_PARAMETER + "="
                    + StudentChangesView.OPEN_CORRECTION;
        }

        @Override
        public int order() {
            return 21;
        }
    }

    /**
     * "发起转学" on a 人在籍不在 finding of the 人籍一致 check (R18 one-click start): the start dialog filled in
     * from the finding; the finding is resolved once the transfer is approved. The check names no route of
     * this module.
     */
    @org.osgi.service.component.annotations.Component(service = org.xueji.ui.shell.api.FindingActionContribution.class)
    public static final class FindingTransfer implements org.xueji.ui.shell.api.FindingActionContribution {
        @Override
        public String id() {
            return "finding-transfer";
        }

        @Override
        public String label(Locale locale) {
            return TransferUiText.ACTION_FINDING_TRANSFER.format(locale);
        }

        @Override
        public Permission requiredPermission() {
            return Permission.EDIT_STUDENT;
        }

        @Override
        public String href(long findingId) {
            return TransferListView.ROUTE + "?" + TransferListView.FINDING_PARAMETER + "=" + findingId;
        }
    }

    private TransferViews() {
    }
}
