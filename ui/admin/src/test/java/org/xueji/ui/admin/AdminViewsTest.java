package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.ViewContribution;

class AdminViewsTest {

    private final List<ViewContribution> views = List.of(new AdminViews.Accounts(), new AdminViews.SchoolRoles(),
            new AdminViews.DataReleases(), new AdminViews.Audit());

    @Test
    void allInTheAdministrationGroupOrdered80To95() {
        for (ViewContribution v : views) {
            assertThat(v.group(Locale.SIMPLIFIED_CHINESE)).isEqualTo("系统管理");
            assertThat(v.group(Locale.ENGLISH)).isEqualTo("Administration");
            assertThat(v.order()).isBetween(80, 95);
            assertThat(v.inMenu()).isTrue();
        }
        assertThat(views).extracting(ViewContribution::route)
                .containsExactly("accounts", "school-roles", "data-releases", "audit");
    }

    @Test
    void permissionsIconsAndTitles() {
        assertThat(views).extracting(ViewContribution::requiredPermission)
                .containsExactly(Permission.MANAGE_ACCOUNTS, Permission.VIEW_SCHOOL, null, Permission.VIEW_AUDIT);
        assertThat(views).extracting(ViewContribution::icon)
                .containsExactly(VaadinIcon.USER_CHECK, VaadinIcon.GROUP, VaadinIcon.FILE_TEXT,
                        VaadinIcon.CLIPBOARD_TEXT);
        assertThat(views).extracting(v -> v.title(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("账号管理", "学校学籍负责人", "数据发布申请", "审计日志");
    }
}
