package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.AllocationResult;
import org.xueji.admission.api.Draw;
import org.xueji.admission.api.PlanApproval;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.SchoolResult;
import org.xueji.admission.api.SchoolStatistics;
import org.xueji.admission.api.Season;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ChartOption;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.EChart;
import org.xueji.ui.shell.kit.Notify;

/**
 * 招生计划与派位 (R24): the district sets up a season, the plans and service areas, publishes the
 * lottery seed, runs the allocation, verifies the recorded draws, and sees the statistics chart.
 */
public class DistrictView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "admission/district";
    static final String CHART_ID = "admission-statistics-chart";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient AdmissionService admission;
    private final transient Map<Long, String> schoolNames;
    private final Select<Season> season = new Select<>();
    /** Every saved plan with the district's approval (only approved ones count). */
    private final Grid<PlanApproval> plans = new Grid<>();
    private final Grid<Draw> draws = new Grid<>();
    /** Each school's results, paged by the grid, searched by school name (issue 12, item 1). */
    private final Grid<SchoolResult> results = new Grid<>();
    private final TextField resultSearch = new TextField();
    /** The schools whose names match the search; null: all. */
    private transient Set<Long> resultFilter;
    private final Div chartSlot = new Div();
    private DocumentRulesPanel documentRules;

    public DistrictView() {
        setSizeFull();
        admission = UiContext.service(getClass(), AdmissionService.class);
        List<School> schools = UiContext.service(getClass(), SchoolService.class).listSchools(actor);
        schoolNames = schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        if (!actor.has(Permission.MANAGE_ADMISSION)) {
            return;
        }
        season.setId("district-season");
        season.setLabel(t(AdmissionUiText.SEASON));
        season.setItemLabelGenerator(s -> s.setup().year() + " / " + s.setup().grade());
        season.addValueChangeListener(e -> reload());

        IntegerField year = new IntegerField(t(AdmissionUiText.YEAR));
        year.setId("season-year");
        IntegerField grade = new IntegerField(t(AdmissionUiText.GRADE));
        grade.setId("season-grade");
        DatePicker opens = DatePickers.create("season-opens", t(AdmissionUiText.WINDOW_OPENS));
        DatePicker closes = DatePickers.create("season-closes", t(AdmissionUiText.WINDOW_CLOSES));
        Button create = new Button(t(AdmissionUiText.CREATE_SEASON), e -> act(() -> admission.createSeason(actor,
                SeasonSetup.typical(value(year), value(grade), opens.getValue(), closes.getValue()))));
        create.setId("season-create");

        Select<School> planSchool = schoolSelect("plan-school", schools);
        IntegerField classes = new IntegerField(t(AdmissionUiText.CLASSES));
        classes.setId("plan-classes");
        IntegerField cap = new IntegerField(t(AdmissionUiText.CLASS_CAP));
        cap.setId("plan-cap");
        IntegerField reserved = new IntegerField(t(AdmissionUiText.RESERVED));
        reserved.setId("plan-reserved");
        reserved.setValue(0);
        Button savePlan = new Button(t(AdmissionUiText.SAVE_PLAN), e -> act(() -> admission.savePlan(actor,
                seasonId(), new SchoolPlan(planSchool.getValue() == null ? -1 : planSchool.getValue().id(),
                        value(classes), value(cap), value(reserved)))));
        savePlan.setId("plan-save");

        TextField street = new TextField(t(AdmissionUiText.STREET));
        street.setId("area-street");
        TextField community = new TextField(t(AdmissionUiText.COMMUNITY));
        community.setId("area-community");
        Select<School> areaSchool = schoolSelect("area-school", schools);
        Button saveArea = new Button(t(AdmissionUiText.SAVE_AREA), e -> act(() -> admission.saveArea(actor,
                seasonId(), new ServiceArea(street.getValue(), community.getValue(),
                        areaSchool.getValue() == null ? Set.of() : Set.of(areaSchool.getValue().id())))));
        saveArea.setId("area-save");

        documentRules = new DocumentRulesPanel(locale, rule -> act(() -> admission.saveDocumentRule(actor, seasonId(),
                rule)));

        TextField seed = new TextField(t(AdmissionUiText.SEED));
        seed.setId("season-seed");
        Button publish = new Button(t(AdmissionUiText.PUBLISH_SEED), e -> act(() -> admission.publishSeed(actor,
                seasonId(), seed.getValue())));
        publish.setId("seed-publish");
        Button allocate = new Button(t(AdmissionUiText.ALLOCATE), e -> {
            try {
                AllocationResult r = admission.allocate(actor, seasonId());
                Notify.success(t(AdmissionUiText.ALLOCATED, r.admitted(), r.notAdmitted(), r.draws().size()));
                reload();
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        allocate.setId("season-allocate");

        plans.setId("district-plans");
        plans.addColumn(p -> schoolNames.getOrDefault(p.plan().schoolId(), "#" + p.plan().schoolId()))
                .setHeader(t(AdmissionUiText.COL_SCHOOL));
        plans.addColumn(p -> p.plan().classes()).setHeader(t(AdmissionUiText.CLASSES));
        plans.addColumn(p -> p.plan().classCap()).setHeader(t(AdmissionUiText.CLASS_CAP));
        plans.addColumn(p -> p.plan().reservedForTransfers()).setHeader(t(AdmissionUiText.RESERVED));
        plans.addColumn(p -> p.plan().seats()).setHeader(t(AdmissionUiText.SEATS));
        plans.addColumn(p -> p.status().format(UiContext.locale())).setHeader(t(AdmissionUiText.COL_STATUS));
        plans.setAllRowsVisible(true);
        draws.setId("district-draws");
        draws.addColumn(Draw::id).setHeader("#");
        draws.addColumn(d -> schoolNames.getOrDefault(d.schoolId(), "#" + d.schoolId()))
                .setHeader(t(AdmissionUiText.COL_SCHOOL));
        draws.addColumn(d -> d.candidates().size() + " → " + d.seats()).setHeader(t(AdmissionUiText.SEATS));
        draws.addColumn(Draw::seed).setHeader(t(AdmissionUiText.SEED));
        draws.addComponentColumn(d -> {
            Button verify = new Button(t(AdmissionUiText.VERIFY), e -> {
                try {
                    boolean ok = admission.verifyDraw(actor, d.id()).matches();
                    if (ok) {
                        Notify.success(t(AdmissionUiText.VERIFY_OK));
                    } else {
                        Notify.errorText(t(AdmissionUiText.VERIFY_BAD));
                    }
                } catch (DomainException ex) {
                    Notify.error(ex);
                }
            });
            verify.setId("draw-verify-" + d.id());
            return verify;
        });
        draws.setAllRowsVisible(true);
        results.setId("district-results");
        results.setPageSize(20);
        results.addColumn(r -> schoolNames.getOrDefault(r.schoolId(), "#" + r.schoolId()))
                .setHeader(t(AdmissionUiText.COL_SCHOOL)).setAutoWidth(true);
        results.addColumn(r -> r.plan().seats()).setHeader(t(AdmissionUiText.SEATS));
        results.addColumn(r -> byCategory(r.applications(), r.totalApplications()))
                .setHeader(t(AdmissionUiText.APPLIED)).setAutoWidth(true);
        results.addColumn(r -> byCategory(r.admitted(), r.totalAdmitted()))
                .setHeader(t(AdmissionUiText.ADMITTED)).setAutoWidth(true);
        results.addColumn(r -> r.lotteries() == 0 ? t(AdmissionUiText.LOTTERY_NONE)
                : r.lotteries() + " × · " + r.lotteryCandidates() + " → " + r.lotterySeats())
                .setHeader(t(AdmissionUiText.LOTTERY));
        results.addColumn(SchoolResult::placed).setHeader(t(AdmissionUiText.PLACED));
        results.addColumn(SchoolResult::notAdmitted).setHeader(t(AdmissionUiText.NOT_ADMITTED_COUNT));
        results.addColumn(SchoolResult::seatsLeft).setHeader(t(AdmissionUiText.SEATS_LEFT));
        results.setHeight("420px");
        resultSearch.setId("district-results-search");
        resultSearch.setPlaceholder(t(AdmissionUiText.SEARCH_SCHOOL));
        resultSearch.setClearButtonVisible(true);
        resultSearch.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        resultSearch.addValueChangeListener(e -> {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            resultFilter = text.isEmpty() ? null : schoolNames.entrySet().stream()
                    .filter(n -> n.getValue().contains(text)).map(Map.Entry::getKey).collect(Collectors.toSet());
            results.getDataProvider().refreshAll();
        });
        results.setItems(q -> season.getValue() == null ? java.util.stream.Stream.empty()
                        : admission.schoolResults(actor, season.getValue().id(), resultFilter, q.getOffset(), q.getLimit())
                                .stream(),
                q -> season.getValue() == null ? 0
                        : admission.countSchoolResults(actor, season.getValue().id(), resultFilter));
        chartSlot.setWidthFull();
        add(new H2(t(AdmissionUiText.DISTRICT_TITLE)), new HorizontalLayout(year, grade, opens, closes, create),
                season, new H3(t(AdmissionUiText.PLANS)), new HorizontalLayout(planSchool, classes, cap, reserved,
                        savePlan), plans, new H3(t(AdmissionUiText.AREAS)),
                new HorizontalLayout(street, community, areaSchool, saveArea),
                new H3(t(AdmissionUiText.DOCUMENT_RULES)), documentRules, new H3(t(AdmissionUiText.DRAWS)),
                new HorizontalLayout(seed, publish, allocate), draws, new H3(t(AdmissionUiText.STATISTICS)), chartSlot,
                new H3(t(AdmissionUiText.SCHOOL_RESULTS)), resultSearch, results);
        refreshSeasons();
    }

    /** "户籍 2 · 随迁子女 3 (5)" in the user's language. */
    private String byCategory(Map<Category, Integer> counts, int total) {
        if (counts.isEmpty()) {
            return "0";
        }
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(c -> c.getKey().format(locale) + " " + c.getValue()).collect(Collectors.joining(" · "))
                + " (" + total + ")";
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private Select<School> schoolSelect(String id, List<School> schools) {
        Select<School> s = new Select<>();
        s.setId(id);
        s.setLabel(t(AdmissionUiText.COL_SCHOOL));
        s.setItems(schools);
        s.setItemLabelGenerator(School::name);
        return s;
    }

    /** -1 when no season is chosen: the service answers SEASON_NOT_FOUND. */
    private long seasonId() {
        return season.getValue() == null ? -1 : season.getValue().id();
    }

    private void act(Supplier<Season> change) {
        try {
            Season changed = change.get();
            Notify.success(t(AdmissionUiText.SAVED));
            refreshSeasons();
            season.setValue(season.getListDataView().getItems().filter(s -> s.id() == changed.id()).findFirst()
                    .orElse(null));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void refreshSeasons() {
        List<Season> all = admission.seasons(actor);
        season.setItems(all);
        if (!all.isEmpty()) {
            season.setValue(all.get(0));
        }
    }

    private void reload() {
        Season s = season.getValue();
        plans.setItems(s == null ? List.of() : s.planApprovals());
        documentRules.show(s);
        draws.setItems(s == null ? List.of() : admission.draws(actor, s.id()));
        results.getDataProvider().refreshAll();
        chartSlot.removeAll();
        if (s == null) {
            return;
        }
        List<SchoolStatistics> stats = admission.statistics(actor, s.id());
        List<String> names = stats.stream().map(x -> schoolNames.getOrDefault(x.schoolId(), "#" + x.schoolId()))
                .toList();
        chartSlot.add(EChart.bar(CHART_ID, t(AdmissionUiText.STATISTICS), names,
                ChartOption.Series.of(t(AdmissionUiText.APPLIED), stats.stream()
                        .map(x -> x.applications().values().stream().mapToInt(Integer::intValue).sum()).toList()),
                ChartOption.Series.of(t(AdmissionUiText.ADMITTED), stats.stream()
                        .map(x -> x.admitted().values().stream().mapToInt(Integer::intValue).sum()).toList()),
                ChartOption.Series.of(t(AdmissionUiText.MIGRANT_ADMITTED), stats.stream()
                        .map(SchoolStatistics::migrantAdmitted).toList())));
    }
}
