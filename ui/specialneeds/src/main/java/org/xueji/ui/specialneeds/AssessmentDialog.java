package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.followup.Placement;
import org.xueji.specialneeds.api.AssessmentData;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/** 评估与安置 (R25): the committee's session; the placement goes to the district's approval (待办). */
final class AssessmentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    AssessmentDialog(Actor actor, SpecialNeedsService service, long childId, Runnable saved) {
        setHeaderTitle(t(SpecialNeedsUiText.ACTION_ASSESS));
        DatePicker session = DatePickers.create("sn-assess-date", t(SpecialNeedsUiText.FIELD_SESSION));
        TextField members = new TextField(t(SpecialNeedsUiText.FIELD_MEMBERS));
        members.setId("sn-assess-members");
        TextArea physiology = new TextArea(t(SpecialNeedsUiText.FIELD_PHYSIOLOGY));
        physiology.setId("sn-assess-physiology");
        TextArea psychology = new TextArea(t(SpecialNeedsUiText.FIELD_PSYCHOLOGY));
        psychology.setId("sn-assess-psychology");
        TextArea ability = new TextArea(t(SpecialNeedsUiText.FIELD_ABILITY));
        ability.setId("sn-assess-ability");
        Select<Placement> conclusion = new Select<>();
        conclusion.setId("sn-assess-conclusion");
        conclusion.setLabel(t(SpecialNeedsUiText.FIELD_CONCLUSION));
        conclusion.setItems(Placement.values());
        conclusion.setItemLabelGenerator(SnSupport::placement);
        TextField reason = new TextField(t(SpecialNeedsUiText.FIELD_REASON));
        reason.setId("sn-assess-reason");
        DatePicker review = DatePickers.create("sn-assess-review", t(SpecialNeedsUiText.FIELD_REVIEW));
        FormLayout form = new FormLayout(session, members, physiology, psychology, ability, conclusion, reason, review);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(t(SpecialNeedsUiText.SAVE), e -> {
            try {
                service.assess(actor, childId, new AssessmentData(session.getValue(), members.getValue(),
                        physiology.getValue(), psychology.getValue(), ability.getValue(), conclusion.getValue(),
                        reason.getValue(), review.getValue()));
                Notify.success(t(SpecialNeedsUiText.SUBMITTED));
                close();
                saved.run();
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        save.setId("sn-assess-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(SpecialNeedsUiText.CANCEL), e -> close()), save);
    }
}
