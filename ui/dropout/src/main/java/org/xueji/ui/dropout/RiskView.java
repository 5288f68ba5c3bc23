package org.xueji.ui.dropout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.risk.RiskIndicator;
import org.xueji.dropout.api.risk.RiskService;
import org.xueji.dropout.api.risk.RiskSummary;
import org.xueji.dropout.api.risk.RiskWeights;
import org.xueji.dropout.api.risk.StudentRisk;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;

/**
 * 辍学预警 (issue 10 item 7): a school's students at or above the threshold with the indicators
 * and figures that put each there and the weights in force; a person with RECORD_DROPOUT
 * confirms a student onto the suspected ledger. Scope and permissions are the service's.
 */
public class RiskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/risk";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient RiskService service;
    private final transient List<School> schools;
    private final Select<School> school = new Select<>();
    private final Span summary = new Span();
    private final Paragraph weights = new Paragraph();
    private final Grid<StudentRisk> grid = new Grid<>();

    public RiskView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            service = null;
            schools = List.of();
            return;
        }
        service = UiContext.service(getClass(), RiskService.class);
        schools = SchoolsInScope.of(getClass(), actor);
        H2 heading = new H2(t(RiskUiText.TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(RiskUiText.INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        school.setId("risk-school");
        school.setLabel(t(RiskUiText.SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s.code() + " " + s.name());
        school.setVisible(actor.schoolId() == null);
        school.addValueChangeListener(e -> refresh());
        summary.setId("risk-summary");
        weights.setId("risk-weights");
        weights.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        add(heading, intro, school, summary, weights);
        configureGrid();
        add(grid);
        expand(grid);
        showWeights();
        if (actor.schoolId() != null) {
            refresh();
        } else if (!schools.isEmpty()) {
            school.setValue(schools.get(0));
        }
    }

    static String t(RiskUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    private Long schoolId() {
        return actor.schoolId() != null ? actor.schoolId() : school.getValue() == null ? null : school.getValue().id();
    }

    private void showWeights() {
        try {
            RiskWeights w = service.weights(actor);
            weights.setText(t(RiskUiText.WEIGHTS, Arrays.stream(RiskIndicator.values())
                    .map(i -> i.format(locale) + " " + w.weight(i)).collect(Collectors.joining(locale.getLanguage()
                            .equals("zh") ? "，" : ", "))));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void configureGrid() {
        grid.setId("risk-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(StudentRisk::name).setKey("name").setHeader(t(RiskUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(r -> r.idNumber() == null ? "" : r.idNumber()).setKey("idNumber")
                .setHeader(t(RiskUiText.COL_ID_NUMBER)).setAutoWidth(true);
        grid.addColumn(r -> r.gradeLevel() == null ? "" : String.valueOf(r.gradeLevel())).setKey("grade")
                .setHeader(t(RiskUiText.COL_GRADE)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StudentRisk::score).setKey("score").setHeader(t(RiskUiText.COL_SCORE)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::indicators)).setKey("indicators")
                .setHeader(t(RiskUiText.COL_INDICATORS)).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::ledger)).setKey("ledger").setHeader(t(RiskUiText.COL_LEDGER))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t(RiskUiText.EMPTY));
    }

    private Component indicators(StudentRisk r) {
        Div box = new Div();
        box.addClassName("risk-indicators");
        box.add(new Span(r.indicators().stream().map(i -> i.format(locale)).collect(Collectors.joining("、"))));
        Div figures = new Div(new Span(t(RiskUiText.FIGURES, r.unexplainedDays(), r.absencePercent(),
                r.disciplineCount(), r.failingSubjects())));
        figures.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        box.add(figures);
        return box;
    }

    private Component ledger(StudentRisk r) {
        if (r.openEntryId() != null) {
            Button open = new Button(t(RiskUiText.ON_LEDGER, r.openEntryId()), e -> UI.getCurrent().navigate(
                    EntryView.ROUTE, QueryParameters.simple(Map.of("id", String.valueOf(r.openEntryId())))));
            open.setId("risk-entry-" + r.studentId());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }
        Button confirm = new Button(t(RiskUiText.CONFIRM), e -> confirmDialog(r));
        confirm.setId("risk-confirm-" + r.studentId());
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirm.setVisible(actor.has(Permission.RECORD_DROPOUT));
        return confirm;
    }

    private void confirmDialog(StudentRisk r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t(RiskUiText.CONFIRM_TITLE));
        dialog.setId("risk-confirm-dialog");
        Select<ReasonCategory> reason = new Select<>();
        reason.setId("risk-confirm-reason");
        reason.setLabel(t(RiskUiText.REASON));
        reason.setItems(ReasonCategory.values());
        reason.setItemLabelGenerator(c -> c.format(locale));
        reason.setValue(ReasonCategory.OTHER);
        TextArea note = new TextArea(t(RiskUiText.NOTE));
        note.setId("risk-confirm-note");
        note.setMaxLength(500);
        note.setWidthFull();
        Paragraph hint = new Paragraph(r.name() + " · " + r.score() + " · " + t(RiskUiText.CONFIRM_HINT));
        VerticalLayout body = new VerticalLayout(hint, reason, note);
        body.setPadding(false);
        dialog.add(body);
        Button save = new Button(t(RiskUiText.CONFIRM), e -> {
            try {
                Entry entry = service.confirm(actor, r.studentId(), reason.getValue(), note.getValue());
                UiContext.showSuccess(t(RiskUiText.CONFIRMED, entry.id()));
                dialog.close();
                refresh();
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
        });
        save.setId("risk-confirm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t(RiskUiText.CANCEL), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void refresh() {
        Long id = schoolId();
        if (id == null) {
            grid.setItems(List.of());
            return;
        }
        try {
            RiskSummary s = service.summary(actor, id);
            summary.setText(t(RiskUiText.SUMMARY, s.students(), s.atRisk(), service.weights(actor).threshold()));
            grid.setItems(service.atRisk(actor, id, 0));
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
        Locale l = UiContext.locale();
        return DropoutUiText.PAGE_TITLE.format(l, RiskUiText.TITLE.format(l));
    }
}
