package org.xueji.ui.classbalance;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** The class-balancing views in the menu group 阳光分班. */
public final class ClassBalanceViews {

    /** 阳光分班: set up, review and submit runs (registrar, district administrator). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Balance extends ModuleView {
        public Balance() {
            super(ClassBalanceView.ROUTE, ClassBalanceView.class, ClassBalanceUiText.TITLE, ClassBalanceUiText.GROUP,
                    VaadinIcon.SPLIT, 70, Permission.BALANCE_CLASSES);
        }
    }

    /** 分班方案审阅: the principal reviews what waits for confirmation (confirmed in the 待办 inbox). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Review extends ModuleView {
        public Review() {
            super(ReviewView.ROUTE, ReviewView.class, ClassBalanceUiText.REVIEW_TITLE, ClassBalanceUiText.GROUP,
                    VaadinIcon.CHECK_SQUARE_O, 71, Permission.APPROVE_CHANGE);
        }
    }

    /** 班额监测 (R14–R16). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Monitor extends ModuleView {
        public Monitor() {
            super(MonitorView.ROUTE, MonitorView.class, ClassBalanceUiText.MONITOR_TITLE, ClassBalanceUiText.GROUP,
                    VaadinIcon.BAR_CHART, 72, Permission.BALANCE_CLASSES);
        }
    }

    private ClassBalanceViews() {
    }
}
