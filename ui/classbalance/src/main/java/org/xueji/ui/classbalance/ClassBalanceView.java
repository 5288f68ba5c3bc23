package org.xueji.ui.classbalance;

import static org.xueji.ui.classbalance.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.xueji.classbalance.api.BalanceRun;
import org.xueji.classbalance.api.ClassBalanceService;
import org.xueji.classbalance.api.NewRun;
import org.xueji.classbalance.api.StudentExtras;
import org.xueji.classbalance.api.balance.BalanceInput;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.placement.ClassPlacement;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * 阳光分班: set up a run (school, starting grade, classes, cap, seed; score sheet), review it against
 * the snake deal, submit it for the principal's confirmation. {@code ?run=ID} opens a run.
 */
public class ClassBalanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "classbalance";

    private final transient Actor actor = UiContext.actor();
    private final transient ClassBalanceService service;
    private final transient List<School> schools;
    private final Select<School> school = new Select<>();
    private final Grid<BalanceRun> runs = new Grid<>();
    private final RunDetail detail;
    private transient List<StudentExtras> extras = List.of();

    public ClassBalanceView() {
        setSizeFull();
        service = UiContext.service(getClass(), ClassBalanceService.class);
        schools = UiContext.service(getClass(), SchoolService.class).listSchools(actor);
        detail = new RunDetail(service, this::shown);
        H2 heading = new H2(t(title()));
        Paragraph intro = new Paragraph(t(ClassBalanceUiText.INTRO));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        school.setId("cb-school");
        school.setLabel(t(ClassBalanceUiText.FIELD_SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        if (!schools.isEmpty()) {
            school.setValue(schools.get(0));
        }
        school.addValueChangeListener(e -> reload());
        if (actor.has(Permission.BALANCE_CLASSES)) {
            add(setup());
        } else {
            add(school);
        }
        runs.setId("cb-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT);
        runs.addColumn(r -> "#" + r.id()).setHeader(t(ClassBalanceUiText.COL_RUN)).setAutoWidth(true);
        runs.addColumn(BalanceRun::grade).setHeader(t(ClassBalanceUiText.COL_GRADE));
        runs.addColumn(BalanceRun::classes).setHeader(t(ClassBalanceUiText.COL_CLASSES));
        runs.addColumn(BalanceRun::seed).setHeader(t(ClassBalanceUiText.COL_SEED));
        runs.addColumn(r -> r.status().format(UiContext.locale())).setKey("status").setHeader(t(ClassBalanceUiText.COL_STATUS));
        runs.addColumn(BalanceRun::proposedBy).setHeader(t(ClassBalanceUiText.COL_PROPOSED));
        runs.setEmptyStateText(t(ClassBalanceUiText.NO_RUNS));
        runs.setAllRowsVisible(true);
        runs.addItemClickListener(e -> open(e.getItem().id()));
        add(new H3(t(ClassBalanceUiText.RUNS)), runs, detail);
        reload();
    }

    ClassBalanceUiText title() {
        return ClassBalanceUiText.TITLE;
    }

    private FlexLayout setup() {
        Select<Integer> grade = new Select<>();
        grade.setId("cb-grade");
        grade.setLabel(t(ClassBalanceUiText.FIELD_GRADE));
        grade.setItems(1, 7, 10);
        grade.setValue(1);
        LocalDate today = today();
        IntegerField year = field("cb-year", ClassBalanceUiText.FIELD_YEAR,
                today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1);
        IntegerField classes = field("cb-classes", ClassBalanceUiText.FIELD_CLASSES, 2);
        IntegerField cap = field("cb-cap", ClassBalanceUiText.FIELD_CAP, BalanceInput.DEFAULT_CAP);
        TextField seed = new TextField(t(ClassBalanceUiText.FIELD_SEED));
        seed.setId("cb-seed");
        seed.setHelperText(t(ClassBalanceUiText.SEED_HELP));
        Span scoresRead = new Span();
        scoresRead.setId("cb-scores-read");
        UploadField scores = new UploadField("cb-scores", t(ClassBalanceUiText.SCORES),
                UploadRules.of(5L * 1024 * 1024, ContentKind.XLSX, ContentKind.XLS, ContentKind.CSV), file -> {
                    try {
                        extras = service.readScores(actor, file.content(), file.fileName());
                        scoresRead.setText(t(ClassBalanceUiText.SCORES_READ, extras.size()));
                    } catch (DomainException e) {
                        extras = List.of();
                        UiContext.showError(e);
                    }
                });
        // the registry's classes of the grade and year are the default class count
        Runnable defaultClasses = () -> {
            if (school.getValue() != null && grade.getValue() != null && year.getValue() != null) {
                try {
                    int existing = UiContext.service(getClass(), ClassPlacement.class)
                            .classes(actor, school.getValue().id(), grade.getValue(), year.getValue()).size();
                    if (existing > 0) {
                        classes.setValue(existing);
                    }
                } catch (DomainException ex) {
                    UiContext.showError(ex);
                }
            }
        };
        school.addValueChangeListener(e -> defaultClasses.run());
        grade.addValueChangeListener(e -> defaultClasses.run());
        year.addValueChangeListener(e -> defaultClasses.run());
        defaultClasses.run();
        Button run = new Button(t(ClassBalanceUiText.RUN), e -> {
            if (school.getValue() == null) {
                return;
            }
            try {
                Long chosen = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue().strip());
                BalanceRun created = service.propose(actor, new NewRun(school.getValue().id(), grade.getValue(),
                        value(year), value(classes), value(cap), chosen, extras));
                shown(created);
            } catch (DomainException ex) {
                UiContext.showError(ex);
            } catch (NumberFormatException ex) {
                seed.setInvalid(true);
            }
        });
        run.setId("cb-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(school, grade, year, classes, cap, seed, scores, scoresRead, run);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private static IntegerField field(String id, ClassBalanceUiText label, int value) {
        IntegerField f = new IntegerField(t(label));
        f.setId(id);
        f.setValue(value);
        f.setWidth("8em");
        return f;
    }

    private void shown(BalanceRun run) {
        reload();
        detail.show(run);
    }

    private void open(long runId) {
        try {
            detail.show(service.run(actor, runId));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void reload() {
        if (school.getValue() == null) {
            return;
        }
        try {
            runs.setItems(service.runs(actor, school.getValue().id()));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private LocalDate today() {
        try {
            return UiContext.service(getClass(), PlatformClock.class).today();
        } catch (RuntimeException e) {
            return LocalDate.now();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!actor.has(Permission.BALANCE_CLASSES) && !actor.has(Permission.APPROVE_CHANGE)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.BALANCE_CLASSES.name()), "");
            return;
        }
        List<String> run = event.getLocation().getQueryParameters().getParameters().get("run");
        if (run != null && !run.isEmpty()) {
            try {
                open(Long.parseLong(run.get(0)));
            } catch (NumberFormatException e) {
                // an invalid link opens the list only
            }
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.pageTitle(title());
    }
}
