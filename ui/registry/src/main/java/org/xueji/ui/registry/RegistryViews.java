package org.xueji.ui.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The registry's views as contributions to the console (DS components, one per view);
 * all in the menu group 学籍管理.
 */
public final class RegistryViews {

    /** What the contributions share: the module's menu group. */
    abstract static class Base extends ModuleView {
        Base(String route, Class<? extends Component> viewClass, RegistryUiText title, VaadinIcon icon, int order,
             Permission permission) {
            super(route, viewClass, title, RegistryUiText.GROUP, icon, order, permission);
        }
    }

    /** 学生查询. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class StudentSearch extends Base {
        public StudentSearch() {
            super(StudentSearchView.ROUTE, StudentSearchView.class, RegistryUiText.STUDENTS_TITLE, VaadinIcon.USERS,
                    10, Permission.VIEW_STUDENT);
        }
    }

    /** 学生学籍信息 (not in the menu: reached from the search). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class StudentDetail extends Base {
        public StudentDetail() {
            super(StudentDetailView.ROUTE, StudentDetailView.class, RegistryUiText.STUDENT_DETAIL_TITLE,
                    VaadinIcon.USER_CARD, 15, Permission.VIEW_STUDENT);
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** 学校. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Schools extends Base {
        public Schools() {
            super(SchoolsView.ROUTE, SchoolsView.class, RegistryUiText.SCHOOLS_TITLE, VaadinIcon.INSTITUTION, 20,
                    Permission.VIEW_SCHOOL);
        }
    }

    /** 班额监测. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class ClassSizes extends Base {
        public ClassSizes() {
            super(ClassSizesView.ROUTE, ClassSizesView.class, RegistryUiText.CLASS_SIZES_TITLE, VaadinIcon.GROUP, 30,
                    Permission.VIEW_SCHOOL);
        }
    }

    /** 学年升级 (issue 15): the district's year-end rollover. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static final class Rollover extends ModuleView {
        public Rollover() {
            super(RolloverView.ROUTE, RolloverView.class, RolloverUiText.TITLE, RegistryUiText.GROUP,
                    VaadinIcon.LEVEL_UP, 40, Permission.MANAGE_SCHOOL);
        }
    }

    private RegistryViews() {
    }
}
