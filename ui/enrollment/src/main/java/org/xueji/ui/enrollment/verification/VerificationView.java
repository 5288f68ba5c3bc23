package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;

/**
 * 人籍一致核查 (R18): the district's campaigns, newest first. District users see each school's
 * check and the semester's compliance (at least two closed checks per school) and can drill
 * into a school; school users work on their own school's check. The chosen campaign and
 * school are kept in the address ({@code enrollment/verification?campaign=3&school=12}).
 */
public class VerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "enrollment/verification";
    static final String CAMPAIGN = "campaign";
    static final String SCHOOL = "school";

    private final transient Actor actor = UiContext.actor();
    private final transient VerificationService verifications =
            UiContext.service(getClass(), VerificationService.class);
    private final Grid<VerificationCampaign> campaigns = new Grid<>();
    private final Div detail = new Div();
    private transient List<VerificationCampaign> campaignList = List.of();
    /** While the grid's selection is set by code, the listener does not navigate. */
    private boolean selecting;

    public VerificationView() {
        setWidthFull();
        setPadding(true);
        H2 heading = new H2(t(VerificationUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(VerificationUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (VerificationSupport.canOpenCampaigns(actor)) {
            Button open = new Button(t(VerificationUiText.OPEN_CAMPAIGN), VaadinIcon.PLUS.create(),
                    e -> new OpenCampaignDialog(actor, verifications, campaignList, this::opened).open());
            open.setId("ver-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(open);
        }
        configureGrid();
        detail.setId("ver-campaign");
        detail.setWidthFull();
        add(heading, intro, bar, campaigns, detail);
        reloadCampaigns();
    }

    private void configureGrid() {
        campaigns.setId("ver-campaigns");
        campaigns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        campaigns.addColumn(c -> VerificationSupport.schoolYear(c.schoolYear())).setKey("schoolYear")
                .setHeader(t(VerificationUiText.COL_SCHOOL_YEAR)).setAutoWidth(true);
        campaigns.addColumn(c -> VerificationSupport.semester(c.semester())).setKey("semester")
                .setHeader(t(VerificationUiText.COL_SEMESTER)).setAutoWidth(true);
        campaigns.addColumn(VerificationCampaign::title).setKey("title")
                .setHeader(t(VerificationUiText.COL_TITLE)).setFlexGrow(1);
        campaigns.addColumn(c -> Objects.toString(c.dueDate(), "")).setKey("dueDate")
                .setHeader(t(VerificationUiText.COL_DUE_DATE)).setAutoWidth(true);
        campaigns.addColumn(c -> VerificationSupport.minutes(c.openedAt())).setKey("openedAt")
                .setHeader(t(VerificationUiText.COL_OPENED_AT)).setAutoWidth(true);
        campaigns.addColumn(c -> Objects.toString(c.openedBy(), "")).setKey("openedBy")
                .setHeader(t(VerificationUiText.COL_OPENED_BY)).setAutoWidth(true);
        campaigns.setEmptyStateText(t(VerificationUiText.NO_CAMPAIGNS));
        campaigns.setSelectionMode(Grid.SelectionMode.SINGLE);
        campaigns.asSingleSelect().addValueChangeListener(e -> {
            if (!selecting && e.getValue() != null) {
                navigate(e.getValue().id(), null);
            }
        });
    }

    private void reloadCampaigns() {
        try {
            campaignList = verifications.campaigns(actor);
        } catch (DomainException e) {
            UiContext.showError(e);
            campaignList = List.of();
        }
        campaigns.setItems(campaignList);
        // a few campaigns per semester: show them all, scroll once there are many
        campaigns.setAllRowsVisible(campaignList.size() <= 8);
        campaigns.setHeight(campaignList.size() <= 8 ? null : "18em");
    }

    private void opened(VerificationCampaign created) {
        reloadCampaigns();
        navigate(created.id(), null);
    }

    /** Goes to a campaign (and school) through the router, so that it lands in the address and history. */
    private void navigate(long campaignId, Long schoolId) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(CAMPAIGN, List.of(String.valueOf(campaignId)));
        if (schoolId != null) {
            params.put(SCHOOL, List.of(String.valueOf(schoolId)));
        }
        UI.getCurrent().navigate(ROUTE, new QueryParameters(params));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Long campaignId = number(params, CAMPAIGN);
        Long schoolId = number(params, SCHOOL);
        Optional<VerificationCampaign> campaign = campaignId == null
                ? campaignList.stream().findFirst()   // the newest
                : campaignList.stream().filter(c -> c.id() == campaignId).findFirst();
        selecting = true;
        campaigns.asSingleSelect().setValue(campaign.orElse(null));
        selecting = false;
        detail.removeAll();
        campaign.ifPresent(c -> show(c, schoolId));
    }

    private void show(VerificationCampaign campaign, Long schoolId) {
        try {
            if (!actor.isDistrictWide()) {
                detail.add(new SchoolCheckPanel(actor, verifications, campaign, actor.schoolId(), null));
            } else if (schoolId != null) {
                detail.add(new SchoolCheckPanel(actor, verifications, campaign, schoolId,
                        () -> navigate(campaign.id(), null)));
            } else {
                detail.add(new CampaignSchoolsPanel(actor, verifications, campaign,
                        school -> navigate(campaign.id(), school)));
            }
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private static Long number(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The address of a school's check, e.g. for links from elsewhere. */
    static String location(long campaignId, Long schoolId) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(CAMPAIGN, List.of(String.valueOf(campaignId)));
        if (schoolId != null) {
            params.put(SCHOOL, List.of(String.valueOf(schoolId)));
        }
        return new Location(ROUTE, new QueryParameters(params)).getPathWithQueryParameters();
    }

    @Override
    public String getPageTitle() {
        return VerificationSupport.pageTitle(VerificationUiText.TITLE);
    }
}
