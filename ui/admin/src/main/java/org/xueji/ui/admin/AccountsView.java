package org.xueji.ui.admin;

import org.xueji.ui.shell.api.Badges;
import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AccountService;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;

/**
 * 账号管理 (R1, R2): the accounts in the actor's scope with role, school, state, lockout and
 * last login; new account, edit, password reset, unlock, disable/enable. Every change goes
 * through {@link AccountService}, which checks the permission and scope and audits it.
 */
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "accounts";

    /** Row style of disabled accounts; grid cells are in its shadow DOM, reached by part name. */
    private static final String STYLE = "vaadin-grid#accounts-grid::part(account-disabled) {"
            + " color: var(--lumo-disabled-text-color); }";

    private final transient Actor actor = UiContext.actor();
    private final transient AccountService accounts = UiContext.service(getClass(), AccountService.class);
    private final transient AccountAreas areas = UiContext.service(getClass(), AccountAreas.class);
    private final transient SchoolService schoolService = AdminSupport.optionalService(getClass(), SchoolService.class);

    private final transient List<School> schools;
    private final transient Map<Long, String> schoolNames;
    private final TextField filter = new TextField();
    private final Span count = new Span();
    private final Grid<Account> grid = new Grid<>();
    private ListDataProvider<Account> provider;
    private transient Instant now = Instant.now();

    public AccountsView() {
        setSizeFull();
        setPadding(true);
        schools = loadSchools();
        schoolNames = schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));

        com.vaadin.flow.dom.Element style = new com.vaadin.flow.dom.Element("style");
        style.setText(STYLE);
        getElement().appendChild(style);

        H2 heading = new H2(t(AdminUiText.ACCOUNTS_TITLE));
        heading.getStyle().set("margin", "0");

        filter.setId("accounts-filter");
        filter.setPlaceholder(t(AdminUiText.ACCOUNTS_FILTER_PLACEHOLDER));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22em");
        filter.setAriaLabel(t(AdminUiText.ACCOUNTS_FILTER_PLACEHOLDER));
        filter.addValueChangeListener(e -> applyFilter());

        count.setId("accounts-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Button create = new Button(t(AdminUiText.ACCOUNT_NEW), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(actor, accounts, areas, schoolService, schools, null, this::reload).open());
        create.setId("account-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout bar = new HorizontalLayout(filter, count, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(count);

        configureGrid();
        add(heading, bar, grid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Account::username).setKey("username").setHeader(t(AdminUiText.COL_USERNAME))
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(a -> Objects.toString(a.displayName(), "")).setKey("name")
                .setHeader(t(AdminUiText.COL_NAME)).setSortable(true).setAutoWidth(true);
        grid.addColumn(a -> AdminFormat.roleLabel(a.role())).setKey("role").setHeader(t(AdminUiText.COL_ROLE))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(this::schoolName).setKey("school").setHeader(t(AdminUiText.COL_SCHOOL))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(a -> a.enabled()
                        ? Badges.success(t(AdminUiText.STATE_ENABLED))
                        : Badges.contrast(t(AdminUiText.STATE_DISABLED))))
                .setKey("state").setHeader(t(AdminUiText.COL_STATE)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Account::enabled);
        grid.addColumn(new ComponentRenderer<>(this::lockedCell)).setKey("lockedUntil")
                .setHeader(t(AdminUiText.COL_LOCKED_UNTIL)).setAutoWidth(true)
                .setComparator(Comparator.comparing(Account::lockedUntil, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(a -> a.mustChangePassword() ? t(AdminUiText.YES) : t(AdminUiText.NO))
                .setKey("mustChangePassword").setHeader(t(AdminUiText.COL_MUST_CHANGE)).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(a -> a.lastLoginAt() == null ? t(AdminUiText.NEVER)
                        : AdminFormat.minutes(a.lastLoginAt(), AdminSupport.ZONE))
                .setKey("lastLogin").setHeader(t(AdminUiText.COL_LAST_LOGIN)).setAutoWidth(true)
                .setComparator(Comparator.comparing(Account::lastLoginAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(t(AdminUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(a -> a.enabled() ? null : "account-disabled");
        grid.setEmptyStateText(t(AdminUiText.ACCOUNTS_EMPTY));
    }

    private String schoolName(Account a) {
        if (a.schoolId() == null) {
            return a.role() != null && a.role().scope() == org.xueji.platform.api.Role.Scope.DISTRICT
                    ? t(AdminUiText.DISTRICT_WIDE) : "";
        }
        return schoolNames.getOrDefault(a.schoolId(), "#" + a.schoolId());
    }

    private Component lockedCell(Account a) {
        if (!AccountRows.locked(a, now)) {
            return new Span();
        }
        Span s = Badges.error(AdminFormat.minutes(a.lockedUntil(), AdminSupport.ZONE));
        s.addClassName("account-locked");
        return s;
    }

    private Component actions(Account a) {
        String id = a.username();
        Button edit = small(t(AdminUiText.ACTION_EDIT), "account-edit", id,
                () -> new AccountDialog(actor, accounts, areas, schoolService, schools, a, this::reload).open());
        Button reset = small(t(AdminUiText.ACTION_RESET_PASSWORD), "account-reset", id,
                () -> new PasswordResetDialog(actor, accounts, a, this::reload).open());
        HorizontalLayout row = new HorizontalLayout(edit, reset);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        if (AccountRows.locked(a, now) || a.failedLogins() > 0) {
            row.add(small(t(AdminUiText.ACTION_UNLOCK), "account-unlock", id, () -> unlock(a)));
        }
        boolean self = a.username().equals(actor.username());
        Button toggle = small(a.enabled() ? t(AdminUiText.ACTION_DISABLE) : t(AdminUiText.ACTION_ENABLE),
                "account-toggle", id, () -> toggle(a));
        if (a.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        // nobody disables the account they are working with
        toggle.setEnabled(!self);
        row.add(toggle);
        return row;
    }

    private static Button small(String text, String cls, String username, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.addClassName(cls);
        b.setId(cls + "-" + username);
        return b;
    }

    private void unlock(Account a) {
        try {
            accounts.unlock(actor, a.username());
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        UiContext.showSuccess(t(AdminUiText.ACCOUNT_UNLOCKED, a.username()));
        reload();
    }

    private void toggle(Account a) {
        if (!a.enabled()) {
            changeEnabled(a, true);
            return;
        }
        AdminSupport.confirm(t(AdminUiText.DISABLE_TITLE, a.username()), t(AdminUiText.DISABLE_TEXT),
                t(AdminUiText.ACTION_DISABLE), true, () -> changeEnabled(a, false)).open();
    }

    private void changeEnabled(Account a, boolean enabled) {
        try {
            accounts.setEnabled(actor, a.username(), enabled);
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        UiContext.showSuccess(t(enabled ? AdminUiText.ACCOUNT_ENABLED : AdminUiText.ACCOUNT_DISABLED, a.username()));
        reload();
    }

    private List<School> loadSchools() {
        if (schoolService == null) {
            return List.of();
        }
        try {
            return schoolService.listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private void reload() {
        now = AdminSupport.now(getClass());
        List<Account> list;
        try {
            list = new ArrayList<>(accounts.listAccounts(actor));
        } catch (DomainException e) {
            UiContext.showError(e);
            list = new ArrayList<>();
        }
        list.sort(Comparator.comparing(Account::username));
        provider = new ListDataProvider<>(list);
        grid.setItems(provider);
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue();
        provider.setFilter(a -> AccountRows.matches(a, schoolName(a), text));
        count.setText(t(AdminUiText.ACCOUNTS_COUNT, grid.getListDataView().getItemCount()));
    }

    @Override
    public String getPageTitle() {
        return AdminSupport.pageTitle(AdminUiText.ACCOUNTS_TITLE);
    }
}
