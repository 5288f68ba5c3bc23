package org.xueji.ui.admin.calendar;

import static org.xueji.ui.admin.calendar.CalendarTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;
import org.xueji.ui.shell.api.UiContext;

/** Declares a day off or a make-up working day in a held year (district administration, D2). */
final class DayDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final DatePicker date = new DatePicker(t(CalendarUiText.FIELD_DATE));
    private final TextField name = new TextField(t(CalendarUiText.FIELD_NAME));
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(t(CalendarUiText.FIELD_KIND));

    DayDialog(Actor actor, CalendarService calendar, int year, Consumer<HolidaySchedule> saved) {
        setId("calendar-day-dialog");
        setHeaderTitle(t(CalendarUiText.DAY_DIALOG_TITLE));
        date.setId("calendar-day-date");
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        name.setId("calendar-day-name");
        name.setMaxLength(HolidaySchedule.MAX_NAME_LENGTH);
        kind.setId("calendar-day-kind");
        kind.setItems(Boolean.TRUE, Boolean.FALSE);
        kind.setItemLabelGenerator(off -> t(off ? CalendarUiText.KIND_OFF : CalendarUiText.KIND_MAKE_UP));
        kind.setValue(Boolean.TRUE);
        FormLayout form = new FormLayout(date, name, kind);
        add(form);
        Button cancel = new Button(t(CalendarUiText.CANCEL), e -> close());
        cancel.setId("calendar-day-cancel");
        Button save = new Button(t(CalendarUiText.SAVE), e -> save(actor, calendar, saved));
        save.setId("calendar-day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save(Actor actor, CalendarService calendar, Consumer<HolidaySchedule> saved) {
        date.setInvalid(date.isEmpty());
        name.setInvalid(name.getValue().isBlank());
        date.setErrorMessage(t(CalendarUiText.REQUIRED));
        name.setErrorMessage(t(CalendarUiText.REQUIRED));
        if (date.isEmpty() || name.getValue().isBlank()) {
            return;
        }
        try {
            HolidaySchedule result = calendar.setDay(actor, new SpecialDay(date.getValue(), name.getValue(),
                    kind.getValue()));
            UiContext.showSuccess(t(CalendarUiText.SAVED, date.getValue().toString()));
            close();
            saved.accept(result);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }
}
