package org.xueji.ui.admin;

import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.security.Account;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.api.security.AccountService;
import org.xueji.platform.api.security.AreaScope;
import org.xueji.platform.api.security.NewAccount;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;

/**
 * 新建账号 / 编辑账号 (R1, R2): name, role, school (school and class roles), classes (class
 * roles), phone; for a new account the user name and an initial password the holder must
 * change at first login, with live hints from the password policy.
 */
final class AccountDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient Locale locale;
    private final transient AccountService accounts;
    /** Towns and villages of 乡镇/村干部 (R22); null while the service is not running. */
    private final transient AccountAreas areas;
    private final transient SchoolService schoolService;
    private final transient Account existing;
    private final transient Runnable onSaved;

    /** Every field by element id, for showing errors (filled before use). */
    private final Map<String, Component> fields = new LinkedHashMap<>();

    private final TextField username = new TextField();
    private final TextField name = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<School> school = new ComboBox<>();
    private final MultiSelectComboBox<SchoolClass> classes = new MultiSelectComboBox<>();
    private final TextField phone = new TextField();
    private final TextField towns = new TextField();
    private final TextField villages = new TextField();
    private final PasswordField password = new PasswordField();
    private PasswordHints hints;

    /**
     * @param existing the account to edit, or {@code null} for a new one
     */
    AccountDialog(Actor actor, AccountService accounts, AccountAreas areas, SchoolService schoolService,
                  List<School> schools, Account existing, Runnable onSaved) {
        this.actor = actor;
        this.locale = UiContext.locale();
        this.accounts = accounts;
        this.areas = areas;
        this.schoolService = schoolService;
        this.existing = existing;
        this.onSaved = onSaved;
        boolean create = existing == null;
        setId(create ? "account-new-dialog" : "account-edit-dialog");
        setHeaderTitle(create ? t(AdminUiText.ACCOUNT_NEW_TITLE)
                : t(AdminUiText.ACCOUNT_EDIT_TITLE, existing.username()));
        setWidth("min(44em, 96vw)");
        setCloseOnOutsideClick(false);

        username.setLabel(t(AdminUiText.FIELD_USERNAME));
        username.setId(FormFieldIds.ACCOUNT_USERNAME);
        username.setHelperText(create ? t(AdminUiText.FIELD_USERNAME_HELPER) : null);
        username.setMaxLength(64);
        username.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.ACCOUNT_USERNAME, username);

        name.setLabel(t(AdminUiText.FIELD_DISPLAY_NAME));
        name.setId(FormFieldIds.ACCOUNT_NAME);
        name.setMaxLength(50);
        name.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.ACCOUNT_NAME, name);

        role.setLabel(t(AdminUiText.FIELD_ROLE));
        role.setId(FormFieldIds.ACCOUNT_ROLE);
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> scopeChanged());
        fields.put(FormFieldIds.ACCOUNT_ROLE, role);

        school.setLabel(t(AdminUiText.FIELD_SCHOOL));
        school.setId(FormFieldIds.ACCOUNT_SCHOOL);
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        school.setRequiredIndicatorVisible(true);
        school.addValueChangeListener(e -> loadClasses(null));
        if (schoolService == null) {
            school.setHelperText(t(AdminUiText.SCHOOLS_UNAVAILABLE));
        }
        fields.put(FormFieldIds.ACCOUNT_SCHOOL, school);

        classes.setLabel(t(AdminUiText.FIELD_CLASSES));
        classes.setId(FormFieldIds.ACCOUNT_CLASSES);
        classes.setItemLabelGenerator(SchoolClass::name);
        classes.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.ACCOUNT_CLASSES, classes);

        phone.setLabel(t(AdminUiText.FIELD_PHONE));
        phone.setId(FormFieldIds.ACCOUNT_PHONE);
        phone.setMaxLength(20);
        fields.put(FormFieldIds.ACCOUNT_PHONE, phone);

        towns.setLabel(t(AdminUiText.FIELD_AREA_TOWNS));
        towns.setId(FormFieldIds.ACCOUNT_TOWNS);
        towns.setHelperText(t(areas == null ? AdminUiText.AREAS_UNAVAILABLE : AdminUiText.FIELD_AREA_TOWNS_HELPER));
        towns.setEnabled(areas != null);
        fields.put(FormFieldIds.ACCOUNT_TOWNS, towns);
        villages.setLabel(t(AdminUiText.FIELD_AREA_VILLAGES));
        villages.setId(FormFieldIds.ACCOUNT_VILLAGES);
        villages.setHelperText(t(AdminUiText.FIELD_AREA_VILLAGES_HELPER));
        villages.setEnabled(areas != null);
        fields.put(FormFieldIds.ACCOUNT_VILLAGES, villages);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(username, name, role, phone, school, classes, towns, villages);
        form.setColspan(classes, 2);
        form.setColspan(towns, 2);
        form.setColspan(villages, 2);

        if (create) {
            password.setLabel(t(AdminUiText.FIELD_INITIAL_PASSWORD));
            password.setId(FormFieldIds.ACCOUNT_PASSWORD);
            password.setHelperText(t(AdminUiText.FIELD_INITIAL_PASSWORD_HELPER));
            password.setRequiredIndicatorVisible(true);
            password.setMaxLength(128);
            fields.put(FormFieldIds.ACCOUNT_PASSWORD, password);
            hints = new PasswordHints("account-password-hints", password, accounts, username::getValue, locale);
            username.addValueChangeListener(e -> hints.update());
            Div passwordBox = new Div(password, hints);
            password.setWidthFull();
            form.add(passwordBox, 2);
            hints.update();
        } else {
            fill(existing, schools);
        }
        if (!actor.isDistrictWide()) {
            // a school administrator creates accounts of the own school only
            school.setReadOnly(true);
            schools.stream().filter(s -> s.id() == actor.schoolId()).findFirst().ifPresent(school::setValue);
        }
        scopeChanged();
        add(form);

        Button save = new Button(t(AdminUiText.SAVE), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(AdminUiText.CANCEL), e -> close());
        cancel.setId("account-cancel");
        getFooter().add(cancel, save);
    }

    private void fill(Account a, List<School> schools) {
        username.setValue(a.username());
        username.setReadOnly(true);
        name.setValue(Objects.toString(a.displayName(), ""));
        phone.setValue(Objects.toString(a.phone(), ""));
        role.setValue(a.role());
        if (a.schoolId() != null) {
            schools.stream().filter(s -> s.id() == a.schoolId()).findFirst().ifPresent(school::setValue);
        }
        loadClasses(a.classIds());
        if (needsAreas(a.role()) && areas != null) {
            try {
                AreaScope held = areas.assignedAreas(actor, a.username());
                towns.setValue(String.join("、", held.towns()));
                villages.setValue(String.join("、", held.villages()));
            } catch (DomainException e) {
                UiContext.showError(e);
            }
        }
    }

    private static boolean needsSchool(Role r) {
        return r != null && (r.scope() == Role.Scope.SCHOOL || r.scope() == Role.Scope.CLASS);
    }

    private static boolean needsAreas(Role r) {
        return r != null && r.scope() == Role.Scope.AREA;
    }

    /** "城关镇、河口镇" or "城关镇, 河口镇" → the names; empty parts dropped. */
    static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split("[,，、;；\\n]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static boolean needsClasses(Role r) {
        return r != null && r.scope() == Role.Scope.CLASS;
    }

    /** School only for school and class roles, classes only for class roles. */
    private void scopeChanged() {
        Role r = role.getValue();
        school.setVisible(needsSchool(r));
        classes.setVisible(needsClasses(r));
        towns.setVisible(needsAreas(r));
        villages.setVisible(needsAreas(r));
    }

    /** The classes of the chosen school; keeps chosen classes still listed, or selects {@code ids}. */
    private void loadClasses(Set<Long> ids) {
        School s = school.getValue();
        Set<SchoolClass> chosen = classes.getValue();
        if (s == null || schoolService == null) {
            classes.setItems(List.of());
            classes.clear();
            classes.setEnabled(s != null);
            return;
        }
        List<SchoolClass> list;
        try {
            list = schoolService.listClasses(actor, s.id());
        } catch (DomainException e) {
            UiContext.showError(e);
            list = List.of();
        }
        classes.setItems(list);
        classes.setEnabled(true);
        Set<SchoolClass> keep = new LinkedHashSet<>();
        for (SchoolClass c : list) {
            if (ids != null ? ids.contains(c.id()) : chosen.contains(c)) {
                keep.add(c);
            }
        }
        classes.setValue(keep);
    }

    private boolean checkRequired() {
        boolean ok = true;
        if (existing == null && username.getValue().isBlank()) {
            AdminSupport.invalid(username, t(AdminUiText.REQUIRED));
            ok = false;
        }
        if (name.getValue().isBlank()) {
            AdminSupport.invalid(name, t(AdminUiText.REQUIRED));
            ok = false;
        }
        Role r = role.getValue();
        if (r == null) {
            AdminSupport.invalid(role, t(AdminUiText.REQUIRED));
            ok = false;
        }
        if (needsSchool(r) && school.getValue() == null) {
            AdminSupport.invalid(school, t(AdminUiText.SCHOOL_REQUIRED_FOR_ROLE));
            ok = false;
        }
        if (needsClasses(r) && classes.getValue().isEmpty()) {
            AdminSupport.invalid(classes, t(AdminUiText.CLASSES_REQUIRED_FOR_ROLE));
            ok = false;
        }
        if (needsAreas(r) && areas != null && names(towns.getValue()).isEmpty()
                && names(villages.getValue()).isEmpty()) {
            AdminSupport.invalid(towns, t(AdminUiText.AREAS_REQUIRED_FOR_ROLE));
            ok = false;
        }
        if (existing == null && password.getValue().isEmpty()) {
            AdminSupport.invalid(password, t(AdminUiText.REQUIRED));
            ok = false;
        }
        return ok;
    }

    private void save() {
        AdminSupport.clearErrors(fields);
        if (!checkRequired()) {
            return;
        }
        Role r = role.getValue();
        Long schoolId = needsSchool(r) && school.getValue() != null ? school.getValue().id() : null;
        Set<Long> classIds = needsClasses(r)
                ? classes.getValue().stream().map(SchoolClass::id).collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of();
        String phoneValue = phone.getValue().isBlank() ? null : phone.getValue().strip();
        String displayName = name.getValue().strip();
        char[] secret = null;
        try {
            if (existing == null) {
                secret = password.getValue().toCharArray();
                String user = username.getValue().strip();
                accounts.createAccount(actor,
                        new NewAccount(user, displayName, r, schoolId, classIds, phoneValue, secret, false));
                UiContext.showSuccess(t(AdminUiText.ACCOUNT_CREATED, user));
            } else {
                accounts.updateAccount(actor, existing.username(), displayName, r, schoolId, classIds, phoneValue);
                UiContext.showSuccess(t(AdminUiText.ACCOUNT_UPDATED, existing.username()));
            }
            if (needsAreas(r) && areas != null) {
                // a separate change of the account, audited as account.areas; on a bad name the
                // account stands and the dialog stays open to correct the areas
                areas.assignAreas(actor, existing == null ? username.getValue().strip() : existing.username(),
                        new AreaScope(false, names(towns.getValue()), names(villages.getValue())));
            }
        } catch (ValidationException e) {
            AdminSupport.showFieldErrors(e.errors(), FormFieldIds::account, fields, locale);
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        password.clear();
        close();
        onSaved.run();
    }
}
