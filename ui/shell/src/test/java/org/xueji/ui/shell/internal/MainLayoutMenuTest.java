package org.xueji.ui.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.Role;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The side menu is rebuilt only when the entries it would show differ from those it shows: the
 * entries must be equal when nothing changed, and differ when a view comes or goes, a title
 * changes language or a permission hides a view (R1).
 */
class MainLayoutMenuTest {

    private static ViewContribution view(String route, Permission needed) {
        return new ViewContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public Class<? extends Component> viewClass() {
                return Div.class;
            }

            @Override
            public String title(Locale locale) {
                return (locale.getLanguage().equals("en") ? "Title " : "标题 ") + route;
            }

            @Override
            public String group(Locale locale) {
                return locale.getLanguage().equals("en") ? "Group" : "分组";
            }

            @Override
            public VaadinIcon icon() {
                return VaadinIcon.USER;
            }

            @Override
            public Permission requiredPermission() {
                return needed;
            }
        };
    }

    private static final Actor ADMIN = Actor.of("admin", "管理员", Role.DISTRICT_ADMIN, null, Set.of(), "127.0.0.1");
    private static final Actor TEACHER = Actor.of("teacher", "教师", Role.TEACHER, 7L, Set.of(70L), "127.0.0.1");

    @Test
    void theSameViewsGiveEqualEntriesSoTheMenuIsNotRebuilt() {
        List<ViewContribution> views = List.of(view("students", Permission.VIEW_STUDENT), view("accounts", null));
        assertThat(MainLayout.menuEntries(views, ADMIN, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(MainLayout.menuEntries(List.of(view("students", Permission.VIEW_STUDENT),
                        view("accounts", null)), ADMIN, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aViewThatComesOrGoesOrAnotherLanguageChangesTheEntries() {
        List<ViewContribution> before = List.of(view("students", null));
        List<ViewContribution> after = List.of(view("students", null), view("transfers", null));
        List<MainLayout.MenuEntry> shown = MainLayout.menuEntries(before, ADMIN, Locale.SIMPLIFIED_CHINESE);
        assertThat(MainLayout.menuEntries(after, ADMIN, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(shown);
        assertThat(MainLayout.menuEntries(before, ADMIN, Locale.ENGLISH)).isNotEqualTo(shown);
    }

    @Test
    void r1_aViewNeedingAPermissionTheActorLacksIsNotAnEntry() {
        List<ViewContribution> views = List.of(view("students", Permission.VIEW_STUDENT),
                view("accounts", Permission.MANAGE_ACCOUNTS));
        assertThat(MainLayout.menuEntries(views, TEACHER, Locale.SIMPLIFIED_CHINESE))
                .extracting(MainLayout.MenuEntry::route).containsExactly("students");
        assertThat(MainLayout.menuEntries(views, ADMIN, Locale.SIMPLIFIED_CHINESE))
                .extracting(MainLayout.MenuEntry::route).containsExactly("students", "accounts");
    }
}
