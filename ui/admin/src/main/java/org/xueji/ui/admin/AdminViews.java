package org.xueji.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The administration views as contributions to the console (DS components, one per view);
 * all in the menu group 系统管理.
 */
public final class AdminViews {

    /** What the contributions share: the module's menu group. */
    abstract static class Base extends ModuleView {
        Base(String route, Class<? extends Component> viewClass, AdminUiText title, VaadinIcon icon, int order,
             Permission permission) {
            super(route, viewClass, title, AdminUiText.GROUP, icon, order, permission);
        }
    }

    /** 账号管理 (R1, R2). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Accounts extends Base {
        public Accounts() {
            super(AccountsView.ROUTE, AccountsView.class, AdminUiText.ACCOUNTS_TITLE, VaadinIcon.USER_CHECK, 80,
                    Permission.MANAGE_ACCOUNTS);
        }
    }

    /** 学校学籍负责人 (R6). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class SchoolRoles extends Base {
        public SchoolRoles() {
            super(SchoolRolesView.ROUTE, SchoolRolesView.class, AdminUiText.ROLES_TITLE, VaadinIcon.GROUP, 85,
                    Permission.VIEW_SCHOOL);
        }
    }

    /**
     * 数据发布申请 (R4): for requesters and approvers, two permissions; the view checks them
     * (the menu entry has no single permission to require).
     */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class DataReleases extends Base {
        public DataReleases() {
            super(DataReleasesView.ROUTE, DataReleasesView.class, AdminUiText.RELEASES_TITLE, VaadinIcon.FILE_TEXT,
                    88, null);
        }
    }

    /** 审计日志 (R7). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Audit extends Base {
        public Audit() {
            super(AuditView.ROUTE, AuditView.class, AdminUiText.AUDIT_TITLE, VaadinIcon.CLIPBOARD_TEXT, 90,
                    Permission.VIEW_AUDIT);
        }
    }

    private AdminViews() {
    }
}
