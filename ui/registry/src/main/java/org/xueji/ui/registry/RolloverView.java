package org.xueji.ui.registry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.BatchControl;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.RolloverPlan;
import org.xueji.registry.api.RolloverPlan.GradeRollover;
import org.xueji.registry.api.RolloverPlan.SchoolRollover;
import org.xueji.registry.api.RolloverResult;
import org.xueji.registry.api.RolloverService;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.SchoolYear;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;

/**
 * 学年升级 (issue 15), for the district: the dry run per school and grade, then the run with
 * its progress. The service checks permission and scope; the view only shows what it says.
 */
public class RolloverView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "rollover";

    /** One line of the dry-run table: a grade of a school, or the school's status line. */
    record Row(SchoolRollover school, GradeRollover grade) {
    }

    private final transient Actor actor = UiContext.actor();
    private final transient RolloverService rollover = UiContext.service(getClass(), RolloverService.class);
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);

    private final ComboBox<Integer> year = new ComboBox<>(RolloverUiText.YEAR.t());
    private final ComboBox<School> school = new ComboBox<>(RolloverUiText.SCHOOL.t());
    private final Button dryRun = new Button(RolloverUiText.DRY_RUN.t());
    private final Button run = new Button(RolloverUiText.RUN.t());
    private final Span totals = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span result = new Span();
    private final Grid<Row> grid = new Grid<>();

    public RolloverView() {
        setSizeFull();
        setPadding(true);
        H2 heading = new H2(RolloverUiText.TITLE.t());
        heading.getStyle().set("margin", "0");

        List<Integer> years = new ArrayList<>();
        try {
            schools.listSchoolYears(actor).stream().map(SchoolYear::startYear).sorted(Comparator.reverseOrder())
                    .forEach(years::add);
            school.setItems(schools.listSchools(actor));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
        year.setId("rollover-year");
        year.setItems(years);
        year.setItemLabelGenerator(y -> y + "—" + (y + 1));
        // the latest school year that has ended is the one to roll over
        LocalDate today = LocalDate.now();
        years.stream().filter(y -> LocalDate.of(y + 1, 8, 1).isBefore(today)).findFirst().ifPresent(year::setValue);
        school.setId("rollover-school");
        school.setItemLabelGenerator(s -> s.code() + " " + s.name());
        school.setPlaceholder(RolloverUiText.ALL_SCHOOLS.t());
        school.setClearButtonVisible(true);
        school.setWidth("22em");
        dryRun.setId("rollover-dry-run");
        dryRun.addClickListener(e -> showPlan());
        run.setId("rollover-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        run.setEnabled(false);
        run.addClickListener(e -> startRun());
        HorizontalLayout bar = new HorizontalLayout(year, school, dryRun, run);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        totals.setId("rollover-totals");
        progress.setId("rollover-progress");
        progress.setVisible(false);
        result.setId("rollover-result");

        grid.setId("rollover-plan");
        EmptyState.on(grid, RolloverUiText.NOTHING_TO_DO.t());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.grade() == null ? r.school().schoolCode() + " " + r.school().schoolName() : "")
                .setKey("school").setHeader(RolloverUiText.COL_SCHOOL.t()).setAutoWidth(true);
        grid.addColumn(r -> r.grade() == null ? "" : Grades.name(r.grade().gradeLevel())).setKey("grade")
                .setHeader(RolloverUiText.COL_GRADE.t()).setAutoWidth(true).setFlexGrow(0);
        number(r -> r.grade().classes(), "classes", RolloverUiText.COL_CLASSES);
        number(r -> r.grade().movingUp(), "movingUp", RolloverUiText.COL_MOVING_UP);
        number(r -> r.grade().graduating(), "graduating", RolloverUiText.COL_GRADUATING);
        number(r -> r.grade().repeating(), "repeating", RolloverUiText.COL_REPEATING);
        grid.addColumn(r -> r.grade() == null ? String.valueOf(r.school().classesToCreate()) : "")
                .setKey("toCreate").setHeader(RolloverUiText.COL_TO_CREATE.t()).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        grid.addColumn(r -> r.grade() == null ? status(r.school()) : "").setKey("status")
                .setHeader(RolloverUiText.COL_STATUS.t()).setFlexGrow(1);

        add(heading, new Paragraph(RolloverUiText.INTRO.t()), bar, totals, progress, result, grid);
        expand(grid);
    }

    private void number(java.util.function.ToIntFunction<Row> value, String key, RolloverUiText header) {
        grid.addColumn(r -> r.grade() == null ? "" : String.valueOf(value.applyAsInt(r))).setKey(key)
                .setHeader(header.t()).setAutoWidth(true).setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
    }

    private String status(SchoolRollover s) {
        if (s.done()) {
            return RolloverUiText.STATUS_DONE.t();
        }
        if (s.problems().isEmpty()) {
            return RolloverUiText.STATUS_PENDING.t();
        }
        Locale locale = UiContext.locale();
        return String.join("；", s.problems().stream()
                .map(p -> p.message().format(locale, p.args().toArray())).toList());
    }

    private Long schoolId() {
        return school.getValue() == null ? null : school.getValue().id();
    }

    private void showPlan() {
        if (year.getValue() == null) {
            return;
        }
        try {
            RolloverPlan plan = rollover.plan(actor, year.getValue(), schoolId());
            List<Row> rows = new ArrayList<>();
            for (SchoolRollover s : plan.schools()) {
                rows.add(new Row(s, null));
                if (!s.done()) {
                    s.grades().stream().filter(g -> g.classes() > 0).forEach(g -> rows.add(new Row(s, g)));
                }
            }
            grid.setItems(rows);
            totals.setText((plan.yearEnded() ? "" : RolloverUiText.YEAR_NOT_ENDED.t() + " ")
                    + RolloverUiText.TOTALS.t(plan.pending().size(), plan.studentsMovingUp(),
                    plan.studentsGraduating(), plan.studentsRepeating(), plan.refused().size()));
            run.setEnabled(plan.yearEnded() && !plan.pending().isEmpty());
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    /**
     * Runs on its own thread so the page stays responsive; without server push the page
     * polls while it runs, which carries the progress.
     */
    private void startRun() {
        int schoolYear = year.getValue();
        Long schoolId = schoolId();
        UI ui = UI.getCurrent();
        Actor who = actor;
        RolloverService service = rollover;
        run.setEnabled(false);
        dryRun.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        ui.setPollInterval(500);
        Thread thread = new Thread(() -> {
            RolloverResult done = null;
            DomainException failed = null;
            try {
                done = service.run(who, schoolYear, schoolId, new BatchControl(() -> false,
                        n -> ui.access(() -> result.setText(RolloverUiText.PROGRESS.t(n)))));
            } catch (DomainException e) {
                failed = e;
            }
            RolloverResult r = done;
            DomainException x = failed;
            ui.access(() -> finished(ui, r, x));
        }, "xueji-rollover-ui");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(UI ui, RolloverResult r, DomainException failed) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        dryRun.setEnabled(true);
        if (failed != null) {
            result.setText("");
            UiContext.showError(failed);
            return;
        }
        result.setText(RolloverUiText.RESULT.t(r.schoolsRolled(), r.schoolsSkipped(), r.movedUp(), r.graduated(),
                r.repeating(), r.classesCreated()));
        showPlan();
    }

    @Override
    public String getPageTitle() {
        return RolloverUiText.TITLE.t();
    }
}
