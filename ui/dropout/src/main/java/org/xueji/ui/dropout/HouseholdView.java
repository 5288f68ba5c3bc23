package org.xueji.ui.dropout;

import static org.xueji.ui.dropout.DropoutSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.Household;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.SurveyChild;
import org.xueji.dropout.api.SurveyFinding;
import org.xueji.dropout.api.SurveyService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.identity.Sex;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;

/**
 * The phone form of one surveyed household (拉网式排查, R23): a teacher in the village records
 * each school-age child with what was found; one column at 390 px. A child out of school becomes
 * a suspected entry when saved.
 */
public class HouseholdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/household";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final List<ChildRow> rows = new ArrayList<>();
    private final VerticalLayout children = new VerticalLayout();
    private transient Household household;

    public HouseholdView() {
        setWidthFull();
        setMaxWidth("720px");
        children.setPadding(false);
    }

    /** The fields of one child. */
    private final class ChildRow {
        final TextField name;
        final Select<Sex> sex = new Select<>();
        final DatePicker birth;
        final TextField idNumber;
        final Select<SurveyFinding> finding = new Select<>();
        final TextField where;
        final Select<ReasonCategory> reason = new Select<>();

        ChildRow(int i) {
            String p = "child-" + i + "-";
            name = text(p + "name", DropoutUiText.CHILD_NAME);
            sex.setId(p + "sex");
            sex.setLabel(t(DropoutUiText.CHILD_SEX));
            sex.setItems(Sex.values());
            sex.setItemLabelGenerator(s -> t(s == Sex.MALE ? DropoutUiText.MALE : DropoutUiText.FEMALE));
            birth = DatePickers.create(p + "birth", t(DropoutUiText.CHILD_BIRTH));
            idNumber = text(p + "id", DropoutUiText.CHILD_ID_NUMBER);
            finding.setId(p + "finding");
            finding.setLabel(t(DropoutUiText.FINDING));
            finding.setItems(SurveyFinding.values());
            finding.setItemLabelGenerator(f -> f.format(locale));
            where = text(p + "where", DropoutUiText.WHERE);
            reason.setId(p + "reason");
            reason.setLabel(t(DropoutUiText.REASON));
            reason.setItems(ReasonCategory.values());
            reason.setItemLabelGenerator(r -> r.format(locale));
            FormLayout form = EntryView.phoneForm();
            form.setId(p + "form");
            form.add(name, sex, birth, idNumber, finding, where, reason);
            children.add(new H3("#" + (i + 1)), form);
        }

        SurveyChild value() {
            return new SurveyChild(new ChildData(null, name.getValue(), sex.getValue(), birth.getValue(),
                    idNumber.getValue()), finding.getValue(), where.getValue(), reason.getValue(), null);
        }
    }

    private static TextField text(String id, DropoutUiText label) {
        TextField f = new TextField(t(label));
        f.setId(id);
        f.setWidthFull();
        return f;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            return;
        }
        removeAll();
        rows.clear();
        children.removeAll();
        Long campaignId = DropoutSupport.queryId(event, "campaign");
        Long id = DropoutSupport.queryId(event, "id");
        SurveyService surveys = UiContext.service(getClass(), SurveyService.class);
        try {
            household = campaignId == null || id == null ? null : surveys.households(actor, campaignId).stream()
                    .filter(h -> h.id() == id).findFirst().orElse(null);
        } catch (DomainException e) {
            household = null;
        }
        if (household == null) {
            add(new Paragraph(t(DropoutUiText.NOT_FOUND)));
            return;
        }
        H2 heading = new H2(t(DropoutUiText.HOUSEHOLD_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph where = new Paragraph(household.household() + " · " + household.town()
                + (household.village() == null ? "" : " " + household.village()));
        where.setId("household-heading");
        Button addChild = new Button(t(DropoutUiText.CHILD_ADD), e -> rows.add(new ChildRow(rows.size())));
        addChild.setId("household-child-add");
        addChild.setWidthFull();
        Button save = new Button(t(DropoutUiText.SAVE), e -> save(surveys));
        save.setId("household-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        add(heading, where, children, addChild, save);
    }

    private void save(SurveyService surveys) {
        try {
            surveys.record(actor, household.id(), rows.stream().map(ChildRow::value).toList());
            UiContext.showSuccess(t(DropoutUiText.HOUSEHOLD_SAVED));
            UI.getCurrent().navigate(SurveysView.ROUTE);
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return DropoutSupport.pageTitle(DropoutUiText.HOUSEHOLD_TITLE);
    }
}
