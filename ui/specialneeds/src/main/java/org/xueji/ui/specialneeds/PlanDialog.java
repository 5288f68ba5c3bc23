package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.specialneeds.api.PlanData;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.shell.kit.Notify;

/** 一人一案 (R26): a new version for a semester, submitted to the school's leader (待办). */
final class PlanDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    PlanDialog(Actor actor, SpecialNeedsService service, long childId, LocalDate today, Runnable saved) {
        setHeaderTitle(t(SpecialNeedsUiText.ACTION_PLAN));
        IntegerField year = new IntegerField(t(SpecialNeedsUiText.FIELD_SCHOOL_YEAR));
        year.setId("sn-plan-year");
        year.setValue(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1);
        Select<Integer> semester = new Select<>();
        semester.setId("sn-plan-semester");
        semester.setLabel(t(SpecialNeedsUiText.FIELD_SEMESTER));
        semester.setItems(1, 2);
        semester.setValue(today.getMonthValue() >= 8 || today.getMonthValue() == 1 ? 1 : 2);
        TextArea life = area("sn-plan-life", SpecialNeedsUiText.FIELD_LIFE);
        TextArea communication = area("sn-plan-communication", SpecialNeedsUiText.FIELD_COMMUNICATION);
        TextArea motor = area("sn-plan-motor", SpecialNeedsUiText.FIELD_MOTOR);
        TextArea academic = area("sn-plan-academic", SpecialNeedsUiText.FIELD_ACADEMIC);
        TextArea content = area("sn-plan-content", SpecialNeedsUiText.FIELD_CONTENT);
        TextField teachers = new TextField(t(SpecialNeedsUiText.FIELD_TEACHERS));
        teachers.setId("sn-plan-teachers");
        TextField partners = new TextField(t(SpecialNeedsUiText.FIELD_PARTNERS));
        partners.setId("sn-plan-partners");
        TextField schedule = new TextField(t(SpecialNeedsUiText.FIELD_SCHEDULE));
        schedule.setId("sn-plan-schedule");
        FormLayout form = new FormLayout(year, semester, life, communication, motor, academic, content, teachers,
                partners, schedule);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(t(SpecialNeedsUiText.SAVE), e -> {
            try {
                List<String> teacherList = Arrays.stream(teachers.getValue().split("[,，、\\s]+")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                service.savePlan(actor, childId, new PlanData(year.getValue() == null ? 0 : year.getValue(),
                        semester.getValue() == null ? 0 : semester.getValue(), life.getValue(),
                        communication.getValue(), motor.getValue(), academic.getValue(), content.getValue(),
                        teacherList, partners.getValue(), schedule.getValue()));
                Notify.success(t(SpecialNeedsUiText.SUBMITTED));
                close();
                saved.run();
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        save.setId("sn-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(SpecialNeedsUiText.CANCEL), e -> close()), save);
    }

    private static TextArea area(String id, SpecialNeedsUiText label) {
        TextArea a = new TextArea(t(label));
        a.setId(id);
        return a;
    }
}
