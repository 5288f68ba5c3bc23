package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.ComplianceRule;
import org.xueji.specialneeds.api.ComplianceSummary;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.EChart;
import org.xueji.ui.shell.kit.EmptyState;
import org.xueji.ui.shell.kit.Notify;

/**
 * 送教上门达标 (R26): per school and town the children taught at home on track, at risk and
 * breached (grid and bar chart), the children with their findings, those without a plan and
 * plans without teachers. Scoped by the service.
 */
public class ComplianceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "home-teaching";

    private final transient Actor actor = UiContext.actor();

    public ComplianceView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_SPECIAL_NEEDS)) {
            return;
        }
        SpecialNeedsService service = UiContext.service(getClass(), SpecialNeedsService.class);
        Map<Long, String> names = SchoolsInScope.names(SchoolsInScope.of(getClass(), actor));
        ComplianceRule rule = service.rule();
        H2 heading = new H2(t(SpecialNeedsUiText.COMPLIANCE_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(SpecialNeedsUiText.COMPLIANCE_INTRO, rule.minVisits(),
                rule.minVisitsPerMonth(), rule.minPeriods()));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        try {
            List<ComplianceSummary> summary = service.summary(actor);
            List<ChildStatus> children = service.homeTeaching(actor, null, null);
            add(chart(summary, names));
            Grid<ComplianceSummary> grid = new Grid<>();
            grid.setId("sn-compliance");
            grid.addColumn(s -> names.getOrDefault(s.schoolId(), "#" + s.schoolId()))
                    .setHeader(t(SpecialNeedsUiText.COL_SCHOOL)).setAutoWidth(true);
            grid.addColumn(ComplianceSummary::town).setHeader(t(SpecialNeedsUiText.COL_TOWN)).setAutoWidth(true);
            grid.addColumn(ComplianceSummary::children).setHeader(t(SpecialNeedsUiText.COL_CHILDREN));
            grid.addColumn(ComplianceSummary::onTrack).setHeader(t(SpecialNeedsUiText.COL_ON_TRACK));
            grid.addColumn(ComplianceSummary::atRisk).setHeader(t(SpecialNeedsUiText.COL_AT_RISK));
            grid.addColumn(ComplianceSummary::breached).setHeader(t(SpecialNeedsUiText.COL_BREACHED));
            grid.addColumn(ComplianceSummary::withoutPlan).setHeader(t(SpecialNeedsUiText.COL_NO_PLAN));
            grid.addColumn(ComplianceSummary::planWithoutTeachers).setHeader(t(SpecialNeedsUiText.COL_NO_TEACHERS));
            grid.setItems(summary);
            grid.setAllRowsVisible(true);
            EmptyState.on(grid, t(SpecialNeedsUiText.NO_HOME_TEACHING));
            add(grid);
            add(new H4(t(SpecialNeedsUiText.COL_STATUS)), children("sn-status-list", children, names));
            add(new H4(t(SpecialNeedsUiText.NO_PLAN_LIST)), children("sn-no-plan",
                    children.stream().filter(s -> !s.hasApprovedPlan()).toList(), names));
            add(new H4(t(SpecialNeedsUiText.NO_TEACHER_LIST)), children("sn-no-teachers",
                    children.stream().filter(s -> s.hasApprovedPlan() && !s.planHasTeachers()).toList(), names));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private static EChart chart(List<ComplianceSummary> summary, Map<Long, String> names) {
        Map<String, int[]> perSchool = new LinkedHashMap<>();
        for (ComplianceSummary s : summary) {
            int[] n = perSchool.computeIfAbsent(names.getOrDefault(s.schoolId(), "#" + s.schoolId()), k -> new int[3]);
            n[0] += s.onTrack();
            n[1] += s.atRisk();
            n[2] += s.breached();
        }
        List<String> categories = new ArrayList<>(perSchool.keySet());
        return EChart.bar("sn-compliance-chart", t(SpecialNeedsUiText.CHART_TITLE), categories,
                ChartOption.Series.of(t(SpecialNeedsUiText.COL_ON_TRACK), perSchool.values().stream().map(n -> n[0]).toList()),
                ChartOption.Series.of(t(SpecialNeedsUiText.COL_AT_RISK), perSchool.values().stream().map(n -> n[1]).toList()),
                ChartOption.Series.of(t(SpecialNeedsUiText.COL_BREACHED), perSchool.values().stream().map(n -> n[2]).toList()));
    }

    private static Grid<ChildStatus> children(String id, List<ChildStatus> rows, Map<Long, String> names) {
        Grid<ChildStatus> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(s -> s.child().id()).setHeader(t(SpecialNeedsUiText.COL_ID)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.child().data().name()).setHeader(t(SpecialNeedsUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(s -> names.getOrDefault(s.child().data().schoolId(), "#" + s.child().data().schoolId()))
                .setHeader(t(SpecialNeedsUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(s -> s.child().data().town()).setHeader(t(SpecialNeedsUiText.COL_TOWN)).setAutoWidth(true);
        grid.addColumn(SnSupport::status).setHeader(t(SpecialNeedsUiText.COL_STATUS)).setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        EmptyState.on(grid, t(SpecialNeedsUiText.NO_HOME_TEACHING));
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SnSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        return SnSupport.pageTitle(SpecialNeedsUiText.COMPLIANCE_TITLE);
    }
}
