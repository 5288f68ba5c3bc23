package org.xueji.ui.dropout;

import static org.xueji.ui.dropout.DropoutSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.xueji.dropout.api.Campaign;
import org.xueji.dropout.api.CampaignProgress;
import org.xueji.dropout.api.Household;
import org.xueji.dropout.api.NewHousehold;
import org.xueji.dropout.api.SurveyService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;

/**
 * 拉网式排查 (R23): the district opens and closes campaigns; schools assign households to their
 * teachers; everyone sees the progress per school and town and the households in their scope
 * (a teacher: those assigned to them, each opening the phone form).
 */
public class SurveysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/surveys";

    private final transient Actor actor = UiContext.actor();
    private final transient SurveyService surveys;
    private final transient Map<Long, String> names;
    private final Select<Campaign> campaign = new Select<>();
    private final VerticalLayout body = new VerticalLayout();

    public SurveysView() {
        setWidthFull();
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            surveys = null;
            names = Map.of();
            return;
        }
        surveys = UiContext.service(getClass(), SurveyService.class);
        names = SchoolsInScope.names(SchoolsInScope.of(getClass(), actor));
        H2 heading = new H2(t(DropoutUiText.SURVEYS_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(DropoutUiText.SURVEYS_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        if (actor.has(Permission.MANAGE_DROPOUT) && actor.schoolId() == null) {
            TextField title = new TextField(t(DropoutUiText.CAMPAIGN_TITLE));
            title.setId("survey-new-title");
            Button open = new Button(t(DropoutUiText.CAMPAIGN_NEW), e -> act(() -> surveys.open(actor, title.getValue()),
                    DropoutUiText.CAMPAIGN_OPENED));
            open.setId("survey-new");
            FormLayout form = EntryView.phoneForm();
            form.add(title, open);
            add(form);
        }
        campaign.setId("survey-campaign");
        campaign.setLabel(t(DropoutUiText.CAMPAIGN));
        campaign.setItemLabelGenerator(c -> "#" + c.id() + " " + c.title() + (c.closed() ? "（" + t(DropoutUiText.CAMPAIGN_CLOSED) + "）" : ""));
        campaign.addValueChangeListener(e -> showCampaign());
        body.setPadding(false);
        add(campaign, body);
        loadCampaigns();
    }

    private void loadCampaigns() {
        List<Campaign> all = surveys.campaigns(actor);
        campaign.setItems(all);
        if (!all.isEmpty()) {
            campaign.setValue(all.get(0));
        }
    }

    private void showCampaign() {
        body.removeAll();
        Campaign c = campaign.getValue();
        if (c == null) {
            return;
        }
        try {
            body.add(new H3(t(DropoutUiText.PROGRESS_SCHOOL)), progress("survey-progress-school",
                    surveys.progress(actor, c.id(), false), true));
            body.add(new H3(t(DropoutUiText.PROGRESS_TOWN)), progress("survey-progress-town",
                    surveys.progress(actor, c.id(), true), false));
            if (!c.closed() && actor.has(Permission.MANAGE_DROPOUT) && actor.schoolId() == null) {
                Button close = new Button(t(DropoutUiText.CAMPAIGN_CLOSE), e -> act(() -> surveys.close(actor, c.id()),
                        DropoutUiText.CAMPAIGN_CLOSED));
                close.setId("survey-close");
                body.add(close);
            }
            if (!c.closed() && actor.has(Permission.RECORD_DROPOUT) && actor.schoolId() != null
                    && !actor.isClassScoped()) {
                body.add(assignForm(c));
            }
            body.add(new H3(t(DropoutUiText.HOUSEHOLDS)), households(c));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private Grid<CampaignProgress> progress(String id, List<CampaignProgress> rows, boolean bySchool) {
        Grid<CampaignProgress> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> bySchool ? names.getOrDefault(Long.valueOf(p.key()), "#" + p.key()) : p.key())
                .setHeader(bySchool ? t(DropoutUiText.FILTER_SCHOOL) : t(DropoutUiText.FILTER_TOWN));
        grid.addColumn(CampaignProgress::assigned).setHeader(t(DropoutUiText.ASSIGNED_COUNT));
        grid.addColumn(CampaignProgress::recorded).setHeader(t(DropoutUiText.RECORDED_COUNT));
        grid.addColumn(CampaignProgress::outOfSchool).setHeader(t(DropoutUiText.OUT_COUNT));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout assignForm(Campaign c) {
        TextField town = new TextField(t(DropoutUiText.TOWN));
        town.setId("household-town");
        TextField village = new TextField(t(DropoutUiText.VILLAGE));
        village.setId("household-village");
        TextField household = new TextField(t(DropoutUiText.HOUSEHOLD));
        household.setId("household-name");
        TextField teacher = new TextField(t(DropoutUiText.TEACHER));
        teacher.setId("household-teacher");
        Button assign = new Button(t(DropoutUiText.HOUSEHOLD_ASSIGN), e -> act(() -> surveys.assign(actor,
                new NewHousehold(c.id(), actor.schoolId(), town.getValue(), village.getValue(), household.getValue(),
                        teacher.getValue())), DropoutUiText.HOUSEHOLD_ASSIGNED));
        assign.setId("household-assign");
        FormLayout form = EntryView.phoneForm();
        form.add(town, village, household, teacher, assign);
        return form;
    }

    private Grid<Household> households(Campaign c) {
        Grid<Household> grid = new Grid<>();
        grid.setId("survey-households");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Household::household).setHeader(t(DropoutUiText.HOUSEHOLD)).setAutoWidth(true);
        grid.addColumn(h -> h.town() + (h.village() == null ? "" : " " + h.village()))
                .setHeader(t(DropoutUiText.COL_PLACE)).setAutoWidth(true);
        grid.addColumn(Household::teacher).setHeader(t(DropoutUiText.TEACHER)).setAutoWidth(true);
        grid.addColumn(h -> h.recorded() ? t(DropoutUiText.RECORDED) : t(DropoutUiText.NOT_RECORDED))
                .setHeader(t(DropoutUiText.COL_STATUS)).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(h -> {
            Button b = new Button(t(DropoutUiText.RECORD), e -> UI.getCurrent().navigate(HouseholdView.ROUTE,
                    QueryParameters.simple(Map.of("campaign", String.valueOf(c.id()), "id", String.valueOf(h.id())))));
            b.setId("household-record-" + h.id());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setEnabled(!c.closed() && actor.has(Permission.RECORD_DROPOUT));
            return b;
        })).setHeader(t(DropoutUiText.COL_ACTIONS)).setAutoWidth(true);
        grid.setItems(surveys.households(actor, c.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(Runnable call, DropoutUiText done) {
        try {
            call.run();
            UiContext.showSuccess(t(done));
            Campaign current = campaign.getValue();
            List<Campaign> all = surveys.campaigns(actor);
            campaign.setItems(all);
            campaign.setValue(all.stream().filter(c -> current != null && c.id() == current.id()).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0)));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        return DropoutSupport.pageTitle(DropoutUiText.SURVEYS_TITLE);
    }
}
