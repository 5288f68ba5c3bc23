package org.xueji.ui.ledger;

import static org.xueji.ui.ledger.LedgerSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.School;
import org.xueji.ui.shell.api.UiContext;

/** The district records an incident by hand (R13 registry errors, R17 reprimands from above). */
final class IncidentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient LedgerService ledger;
    private final transient Runnable onSaved;
    private final Select<IncidentType> type = new Select<>();
    private final Select<SchoolChoice> school = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TextArea description = new TextArea();

    IncidentDialog(Actor actor, LedgerService ledger, List<School> schools, LocalDate today, Runnable onSaved) {
        this.actor = actor;
        this.ledger = ledger;
        this.onSaved = onSaved;
        Locale locale = UiContext.locale();
        setId("ledger-new-dialog");
        setHeaderTitle(t(LedgerUiText.NEW_TITLE));
        setWidth("min(40em, 96vw)");
        setCloseOnOutsideClick(false);

        type.setId("ledger-new-type");
        type.setLabel(t(LedgerUiText.FIELD_TYPE));
        type.setItems(IncidentType.values());
        type.setItemLabelGenerator(v -> v.format(locale));
        type.setValue(IncidentType.R13_REGISTRY_ERROR);
        school.setId("ledger-new-school");
        school.setLabel(t(LedgerUiText.FIELD_SCHOOL));
        // the bureau itself (a reprimand of the bureau), then the schools
        List<SchoolChoice> choices = SchoolChoice.of(actor, schools, locale).stream()
                .filter(c -> c.bureau() || c.schoolId() != null).toList();
        school.setItems(choices);
        school.setItemLabelGenerator(SchoolChoice::label);
        date.setId("ledger-new-date");
        date.setLabel(t(LedgerUiText.FIELD_DATE));
        date.setMax(today);
        date.setValue(today);
        date.setLocale(locale);
        description.setId("ledger-new-description");
        description.setLabel(t(LedgerUiText.FIELD_DESCRIPTION));
        description.setMaxLength(LedgerLimits.MAX_DESCRIPTION);
        description.setRequired(true);
        description.setWidthFull();

        FormLayout form = new FormLayout(type, school, date, description);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(t(LedgerUiText.SAVE), e -> save());
        save.setId("ledger-new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(LedgerUiText.CANCEL), e -> close());
        cancel.setId("ledger-new-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        SchoolChoice where = school.getValue();
        if (where == null) {
            // the bureau is an entry of its own: an empty choice is never read as "the bureau"
            school.setErrorMessage(t(LedgerUiText.REQUIRED));
            school.setInvalid(true);
            return;
        }
        school.setInvalid(false);
        try {
            Incident saved = ledger.record(actor, new ManualIncident(type.getValue(),
                    where.schoolId(), date.getValue(), description.getValue()));
            UiContext.showSuccess(t(LedgerUiText.RECORDED, String.valueOf(saved.id())));
            close();
            onSaved.run();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }
}
