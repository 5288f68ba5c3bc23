package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xueji.enrollment.api.NewVerificationCampaign;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.ui.shell.api.ModuleUnavailableException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;

/** 发起核查: the district opens a 人籍一致 campaign for a semester (R18: at least two per semester). */
final class OpenCampaignDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Default time the schools get for a check. */
    private static final int DEFAULT_DAYS = 14;

    private final transient Actor actor;
    private final transient VerificationService verifications;
    private final transient Consumer<VerificationCampaign> onOpened;
    private final IntegerField year = new IntegerField();
    private final Select<Integer> semester = new Select<>();
    private final TextField title = new TextField();
    private final DatePicker due = new DatePicker();

    OpenCampaignDialog(Actor actor, VerificationService verifications, List<VerificationCampaign> existing,
                       Consumer<VerificationCampaign> onOpened) {
        this.actor = actor;
        this.verifications = verifications;
        this.onOpened = onOpened;
        setId("ver-open-dialog");
        setHeaderTitle(t(VerificationUiText.OPEN_CAMPAIGN));
        setWidth("min(36em, 96vw)");
        setCloseOnOutsideClick(false);

        LocalDate today = today();
        Semesters.Semester current = Semesters.current(
                UiContext.service(OpenCampaignDialog.class, SchoolYearService.class), today);
        year.setId("ver-open-year");
        year.setLabel(t(VerificationUiText.FIELD_SCHOOL_YEAR));
        year.setHelperText(t(VerificationUiText.FIELD_SCHOOL_YEAR_HELPER));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setValue(current.schoolYear());
        year.setRequiredIndicatorVisible(true);

        semester.setId("ver-open-semester");
        semester.setLabel(t(VerificationUiText.FIELD_SEMESTER));
        semester.setItems(1, 2);
        semester.setItemLabelGenerator(VerificationSupport::semester);
        semester.setValue(current.semester());
        semester.setRequiredIndicatorVisible(true);

        long sameSemester = existing.stream().filter(c -> c.schoolYear() == current.schoolYear()
                && c.semester() == current.semester()).count();
        title.setId("ver-open-title");
        title.setLabel(t(VerificationUiText.FIELD_TITLE));
        title.setMaxLength(100);
        title.setValue(t(VerificationUiText.DEFAULT_TITLE, VerificationSupport.schoolYear(current.schoolYear()),
                VerificationSupport.semester(current.semester()), sameSemester + 1));
        title.setRequiredIndicatorVisible(true);

        due.setId("ver-open-due");
        due.setLabel(t(VerificationUiText.FIELD_DUE_DATE));
        due.setI18n(DatePickers.i18n(UiContext.locale()));
        due.setMin(today);
        due.setValue(today.plusDays(DEFAULT_DAYS));
        due.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.add(year, semester);
        form.add(title, 2);
        form.add(due);
        add(form);

        Button save = new Button(t(VerificationUiText.OPEN_SAVE), e -> save());
        save.setId("ver-open-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(VerificationUiText.CANCEL), e -> close());
        cancel.setId("ver-open-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        List.<HasValidation>of(year, semester, title, due).forEach(f -> f.setInvalid(false));
        List<HasValidation> missing = new ArrayList<>();
        if (year.getValue() == null) {
            missing.add(year);
        }
        if (semester.getValue() == null) {
            missing.add(semester);
        }
        if (title.getValue().isBlank()) {
            missing.add(title);
        }
        if (due.getValue() == null) {
            missing.add(due);
        }
        if (!missing.isEmpty()) {
            missing.forEach(f -> {
                f.setErrorMessage(t(VerificationUiText.REQUIRED));
                f.setInvalid(true);
            });
            return;
        }
        VerificationCampaign created;
        try {
            created = verifications.openCampaign(actor, new NewVerificationCampaign(year.getValue(),
                    semester.getValue(), title.getValue().strip(), due.getValue()));
        } catch (ValidationException e) {
            showFieldErrors(e.errors());
            return;
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        close();
        UiContext.showSuccess(t(VerificationUiText.CAMPAIGN_OPENED, created.title()));
        onOpened.accept(created);
    }

    private void showFieldErrors(List<FieldError> errors) {
        Locale locale = UiContext.locale();
        List<String> other = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = switch (String.valueOf(error.field())) {
                case "schoolYear" -> year;
                case "semester" -> semester;
                case "title" -> title;
                case "dueDate" -> due;
                default -> null;
            };
            if (field == null) {
                other.add(error.message(locale));
            } else {
                field.setErrorMessage(error.message(locale));
                field.setInvalid(true);
            }
        }
        if (!other.isEmpty()) {
            VerificationSupport.showErrorText(String.join("；", other));
        }
    }

    private static LocalDate today() {
        try {
            return UiContext.service(OpenCampaignDialog.class, PlatformClock.class).today();
        } catch (ModuleUnavailableException e) {
            return LocalDate.now();
        }
    }
}
