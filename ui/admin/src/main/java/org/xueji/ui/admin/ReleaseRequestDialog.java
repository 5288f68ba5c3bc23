package org.xueji.ui.admin;

import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.NewDataRelease;
import org.xueji.platform.api.release.ReleaseField;
import org.xueji.platform.api.release.ReleaseScope;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.DataReleasePicker;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * 新申请 (R4): a request to release personal data with the bureau's written approval
 * (书面批准文号) and an optional scan of it, kept in memory until submitted.
 */
final class ReleaseRequestDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** A received scan (kept in memory until submitted). */
    private record Scan(String name, byte[] content) {
    }

    /** R4: the optional scan of the written approval, PDF, JPG or PNG by content, up to 5 MB. */
    static final UploadRules SCAN_RULES = UploadRules.of(5 * 1024 * 1024, ContentKind.PDF, ContentKind.JPEG,
            ContentKind.PNG);

    private final transient Actor actor;
    private final transient Locale locale = UiContext.locale();
    private final transient DataReleaseService releases;
    private final transient Runnable onSubmitted;
    private final Map<String, Component> fields = new LinkedHashMap<>();

    private final TextArea purpose = new TextArea();
    private final TextField recipient = new TextField();
    private final TextArea scope = new TextArea();
    private final ComboBox<School> school = new ComboBox<>();
    private final TextField ownSchool = new TextField();
    private final TextField document = new TextField();
    /** R4: what the release covers, in structured form (the free text above only explains). */
    private final CheckboxGroup<Integer> grades = new CheckboxGroup<>();
    private final CheckboxGroup<ReleaseField> fieldGroups = new CheckboxGroup<>();
    private final IntegerField maxDownloads = new IntegerField();
    private final IntegerField validDays = new IntegerField();
    private transient Scan scan;

    ReleaseRequestDialog(Actor actor, DataReleaseService releases, List<School> schools, Runnable onSubmitted) {
        this.actor = actor;
        this.releases = releases;
        this.onSubmitted = onSubmitted;
        setId("release-new-dialog");
        setHeaderTitle(t(AdminUiText.RELEASE_NEW_TITLE));
        setWidth("min(48em, 96vw)");
        setCloseOnOutsideClick(false);

        purpose.setLabel(t(AdminUiText.FIELD_PURPOSE));
        purpose.setId(FormFieldIds.RELEASE_PURPOSE);
        purpose.setMaxLength(500);
        purpose.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_PURPOSE, purpose);

        recipient.setLabel(t(AdminUiText.FIELD_RECIPIENT));
        recipient.setId(FormFieldIds.RELEASE_RECIPIENT);
        recipient.setMaxLength(200);
        recipient.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_RECIPIENT, recipient);

        scope.setLabel(t(AdminUiText.FIELD_SCOPE));
        scope.setId(FormFieldIds.RELEASE_SCOPE);
        scope.setPlaceholder(t(AdminUiText.FIELD_SCOPE_PLACEHOLDER));
        scope.setMaxLength(500);
        scope.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_SCOPE, scope);

        Component schoolField;
        if (actor.isDistrictWide()) {
            school.setLabel(t(AdminUiText.FIELD_RELEASE_SCHOOL));
            school.setId(FormFieldIds.RELEASE_SCHOOL);
            school.setItems(schools);
            school.setItemLabelGenerator(School::name);
            school.setClearButtonVisible(true);
            school.setPlaceholder(t(AdminUiText.WHOLE_DISTRICT));
            school.setHelperText(t(AdminUiText.FIELD_RELEASE_SCHOOL_HELPER));
            fields.put(FormFieldIds.RELEASE_SCHOOL, school);
            schoolField = school;
        } else {
            // school requesters ask for their own school's data only
            ownSchool.setLabel(t(AdminUiText.FIELD_RELEASE_SCHOOL));
            ownSchool.setId(FormFieldIds.RELEASE_SCHOOL);
            ownSchool.setReadOnly(true);
            ownSchool.setValue(schools.stream().filter(s -> s.id() == actor.schoolId()).map(School::name)
                    .findFirst().orElse("#" + actor.schoolId()));
            fields.put(FormFieldIds.RELEASE_SCHOOL, ownSchool);
            schoolField = ownSchool;
        }

        grades.setLabel(t(AdminUiText.FIELD_GRADES));
        grades.setId(FormFieldIds.RELEASE_GRADES);
        grades.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grades.setItemLabelGenerator(Grades::name);
        grades.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_GRADES, grades);

        fieldGroups.setLabel(t(AdminUiText.FIELD_FIELDS));
        fieldGroups.setId(FormFieldIds.RELEASE_FIELDS);
        fieldGroups.setItems(ReleaseField.values());
        fieldGroups.setItemLabelGenerator(f -> DataReleasePicker.fieldLabel(f, locale));
        fieldGroups.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_FIELDS, fieldGroups);

        document.setLabel(t(AdminUiText.FIELD_DOCUMENT));
        document.setId(FormFieldIds.RELEASE_DOCUMENT);
        document.setPlaceholder(t(AdminUiText.FIELD_DOCUMENT_PLACEHOLDER));
        document.setMaxLength(100);
        document.setRequiredIndicatorVisible(true);
        fields.put(FormFieldIds.RELEASE_DOCUMENT, document);

        maxDownloads.setLabel(t(AdminUiText.FIELD_MAX_DOWNLOADS));
        maxDownloads.setId(FormFieldIds.RELEASE_MAX_DOWNLOADS);
        maxDownloads.setValue(1);
        maxDownloads.setMin(1);
        maxDownloads.setStepButtonsVisible(true);
        fields.put(FormFieldIds.RELEASE_MAX_DOWNLOADS, maxDownloads);

        validDays.setLabel(t(AdminUiText.FIELD_VALID_DAYS));
        validDays.setId(FormFieldIds.RELEASE_VALID_DAYS);
        validDays.setValue(7);
        validDays.setMin(1);
        validDays.setStepButtonsVisible(true);
        fields.put(FormFieldIds.RELEASE_VALID_DAYS, validDays);

        UploadField scanBox = configureUpload();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(purpose, 2);
        form.add(recipient, schoolField);
        form.add(scope, 2);
        form.add(grades, 2);
        form.add(fieldGroups, 2);
        form.add(document, 2);
        form.add(scanBox, 2);
        form.add(maxDownloads, validDays);
        add(form);

        Button submit = new Button(t(AdminUiText.RELEASE_SUBMIT), e -> submit());
        submit.setId("release-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(AdminUiText.CANCEL), e -> close());
        cancel.setId("release-cancel");
        getFooter().add(cancel, submit);
    }

    private UploadField configureUpload() {
        return new UploadField("release-scan", t(AdminUiText.FIELD_SCAN), SCAN_RULES,
                file -> scan = file == null ? null : new Scan(file.fileName(), file.content()));
    }

    private boolean checkRequired() {
        boolean ok = true;
        for (var f : List.of(purpose, scope)) {
            if (f.getValue().isBlank()) {
                AdminSupport.invalid(f, t(AdminUiText.REQUIRED));
                ok = false;
            }
        }
        for (var f : List.of(recipient, document)) {
            if (f.getValue().isBlank()) {
                AdminSupport.invalid(f, t(AdminUiText.REQUIRED));
                ok = false;
            }
        }
        if (grades.getValue().isEmpty()) {
            AdminSupport.invalid(grades, t(AdminUiText.REQUIRED));
            ok = false;
        }
        if (fieldGroups.getValue().isEmpty()) {
            AdminSupport.invalid(fieldGroups, t(AdminUiText.REQUIRED));
            ok = false;
        }
        for (IntegerField f : List.of(maxDownloads, validDays)) {
            if (f.getValue() == null || f.getValue() < 1) {
                AdminSupport.invalid(f, t(AdminUiText.AT_LEAST_ONE));
                ok = false;
            }
        }
        return ok;
    }

    private void submit() {
        AdminSupport.clearErrors(fields);
        if (!checkRequired()) {
            return;
        }
        Long schoolId = actor.isDistrictWide() ? school.getValue() == null ? null : school.getValue().id()
                : actor.schoolId();
        Scan s = scan;
        DataRelease created;
        try {
            created = releases.request(actor, new NewDataRelease(purpose.getValue().strip(),
                    recipient.getValue().strip(), scope.getValue().strip(), schoolId, document.getValue().strip(),
                    s == null ? null : s.content(), s == null ? null : s.name(), maxDownloads.getValue(),
                    validDays.getValue(), ReleaseScope.of(grades.getValue(), fieldGroups.getValue())));
        } catch (ValidationException e) {
            AdminSupport.showFieldErrors(e.errors(), FormFieldIds::release, fields, locale);
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        scan = null;
        UiContext.showSuccess(t(AdminUiText.RELEASE_SUBMITTED, String.valueOf(created.id())));
        close();
        onSubmitted.run();
    }
}
