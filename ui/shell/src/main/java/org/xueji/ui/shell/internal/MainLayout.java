package org.xueji.ui.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.api.ViewContribution;

/**
 * The console frame: header, language switch and a side menu built from the current view
 * contributions, grouped by module. Looked at on every navigation, so modules that come and
 * go while the system runs appear and disappear without a restart; rebuilt only when what it
 * shows has changed (rebuilding its ~40 items on every page was about 7 % of the console's CPU
 * under load, BENCHMARKS.md "Web console under load").
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final SideNav nav = new SideNav();
    /** What the menu shows now: rebuilt only when this changes. */
    private List<MenuEntry> shown = List.of();

    /** One item of the menu as shown: its group, title, route and icon. */
    record MenuEntry(String group, String title, String route, VaadinIcon icon) {
    }

    public MainLayout() {
        Locale locale = UiContext.locale();
        H1 title = new H1(ShellText.APP_TITLE.format(locale));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Select<Locale> language = new Select<>();
        language.setId("language-select");
        language.setItems(ShellI18nProvider.LOCALES);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文" : "English");
        language.setValue(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        language.setAriaLabel(ShellText.LANGUAGE.format(locale));
        language.setWidth("8em");
        language.addValueChangeListener(e -> switchLanguage(e.getValue()));

        Actor actor = UiContext.actor();
        Span user = new Span(ShellText.USER_LABEL.format(locale, actor.displayName()
                + (actor.role() == null ? "" : "（" + actor.role().label() + "）")));
        user.setId("current-user");
        user.getStyle().set("font-size", "var(--lumo-font-size-s)");

        Button changePassword = new Button(ShellText.CHANGE_PASSWORD.format(locale),
                e -> UI.getCurrent().navigate(ChangePasswordView.class));
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(ShellText.LOGOUT.format(locale), VaadinIcon.SIGN_OUT.create(),
                e -> LogoutAction.logout(true));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, changePassword, logout,
                language);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        nav.setId("main-menu");
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private void switchLanguage(Locale locale) {
        Cookie cookie = new Cookie(XuejiServlet.LANGUAGE_COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a contributed view may require a permission (R1); the services check again
        ViewRegistry registry = ShellServices.viewRegistry();
        @SuppressWarnings("unchecked")
        Class<? extends Component> target = (Class<? extends Component>) event.getNavigationTarget();
        registry.contributionFor(target).ifPresent(view -> {
            if (view.requiredPermission() != null && !UiContext.actor().has(view.requiredPermission())) {
                event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                        view.requiredPermission().name()), "");
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        rebuildMenu();
    }

    private void rebuildMenu() {
        Locale locale = UiContext.locale();
        List<MenuEntry> entries = menuEntries(ShellServices.viewRegistry().menuEntries(), UiContext.actor(), locale);
        if (!entries.equals(shown) || nav.getItems().isEmpty()) {
            fill(entries, locale);
            shown = entries;
        }
    }

    /** The views the actor may open, in the registry's order (R1: the services check again). */
    static List<MenuEntry> menuEntries(List<ViewContribution> views, Actor actor, Locale locale) {
        List<MenuEntry> entries = new ArrayList<>();
        for (ViewContribution view : views) {
            if (view.requiredPermission() != null && !actor.has(view.requiredPermission())) {
                continue;
            }
            entries.add(new MenuEntry(view.group(locale), view.title(locale), view.route(), view.icon()));
        }
        return entries;
    }

    private void fill(List<MenuEntry> entries, Locale locale) {
        nav.removeAll();
        SideNavItem home = new SideNavItem(ShellText.MENU_HOME.format(locale), "", VaadinIcon.HOME.create());
        home.setId("menu-home");
        nav.addItem(home);
        Map<String, SideNavItem> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            SideNavItem group = groups.computeIfAbsent(entry.group(), g -> {
                SideNavItem item = new SideNavItem(g);
                item.setExpanded(true);
                nav.addItem(item);
                return item;
            });
            SideNavItem item = new SideNavItem(entry.title(), entry.route(), entry.icon().create());
            item.setId("menu-" + entry.route().replace('/', '-'));
            group.addItem(item);
        }
    }
}
