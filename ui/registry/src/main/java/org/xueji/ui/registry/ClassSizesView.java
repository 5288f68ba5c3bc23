package org.xueji.ui.registry;

import org.xueji.ui.shell.api.Badges;
import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.ClassSize;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;

/**
 * 班额监测: live class sizes against the district cap (R14). Classes over the cap (大班额)
 * are marked red and counted; a click lists the class's students.
 */
public class ClassSizesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "classes";

    /** Row style of over-size classes; grid cells are in its shadow DOM, reached by part name. */
    private static final String STYLE = "vaadin-grid#class-grid::part(over-cap) {"
            + " background-color: var(--lumo-error-color-10pct); color: var(--lumo-error-text-color); }";

    private final transient Actor actor = UiContext.actor();
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);

    private final ComboBox<School> school = new ComboBox<>(t(RegistryUiText.CLASS_FILTER_SCHOOL));
    private final Select<Integer> grade = new Select<>();
    private final Checkbox overCapOnly = new Checkbox(t(RegistryUiText.CLASS_FILTER_OVER_CAP));
    private final Span overCapCount = new Span();
    private final Span classCount = new Span();
    private final Grid<ClassSize> grid = new Grid<>();
    private final int cap;

    public ClassSizesView() {
        setSizeFull();
        setPadding(true);
        cap = schools.classCap();

        Element style = new Element("style");
        style.setText(STYLE);
        getElement().appendChild(style);

        H2 heading = new H2(t(RegistryUiText.CLASS_SIZES_TITLE));
        heading.getStyle().set("margin", "0");

        school.setId("class-filter-school");
        school.setItems(loadSchools());
        school.setItemLabelGenerator(School::name);
        school.setClearButtonVisible(true);
        school.setPlaceholder(t(RegistryUiText.ALL));
        school.setWidth("18em");
        school.addValueChangeListener(e -> reload());

        grade.setId("class-filter-grade");
        grade.setLabel(t(RegistryUiText.CLASS_FILTER_GRADE));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(t(RegistryUiText.ALL));
        grade.setItemLabelGenerator(g -> g == null ? t(RegistryUiText.ALL) : Grades.name(g));
        grade.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        grade.addValueChangeListener(e -> reload());

        overCapOnly.setId("class-filter-over-cap");
        overCapOnly.addValueChangeListener(e -> reload());

        HorizontalLayout filters = new HorizontalLayout(school, grade, overCapOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        overCapCount.setId("over-cap-count");
        overCapCount.getStyle().set("font-weight", "600");
        classCount.setId("class-count");
        classCount.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout summary = new HorizontalLayout(overCapCount, classCount);
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(heading, filters, summary, grid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("class-grid");
        EmptyState.on(grid, t(RegistryUiText.CLASSES_EMPTY));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Objects.toString(c.schoolName(), "")).setKey("school")
                .setHeader(t(RegistryUiText.COL_SCHOOL)).setSortable(true).setAutoWidth(true);
        grid.addColumn(c -> c.schoolClass().name()).setKey("class").setHeader(t(RegistryUiText.COL_CLASS_NAME))
                .setComparator(c -> c.schoolClass().gradeLevel() * 1000 + c.schoolClass().classNumber())
                .setAutoWidth(true);
        grid.addColumn(ClassSize::students).setKey("students").setHeader(t(RegistryUiText.COL_STUDENTS))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.schoolClass().capacity()).setKey("capacity").setHeader(t(RegistryUiText.COL_CAPACITY))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Objects.toString(c.schoolClass().headTeacher(), "")).setKey("headTeacher")
                .setHeader(t(RegistryUiText.COL_HEAD_TEACHER)).setSortable(true).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(ClassSizesView::status)).setKey("status")
                .setHeader(t(RegistryUiText.COL_STATUS)).setAutoWidth(true)
                .setComparator(c -> c.overCap() ? 2 : c.overCapacity() ? 1 : 0);
        grid.setPartNameGenerator(c -> c.overCap() ? "over-cap" : null);
        grid.addItemClickListener(e -> {
            Map<String, List<String>> p = new LinkedHashMap<>();
            p.put(SearchCriteria.SCHOOL, List.of(String.valueOf(e.getItem().schoolClass().schoolId())));
            p.put(SearchCriteria.CLASS, List.of(String.valueOf(e.getItem().schoolClass().id())));
            UI.getCurrent().navigate(StudentSearchView.ROUTE, new QueryParameters(p));
        });
    }

    private static Span status(ClassSize c) {
        if (c.overCap()) {
            Span badge = Badges.error(t(RegistryUiText.STATUS_OVER_CAP));
            badge.addClassName("over-cap-badge");
            return badge;
        }
        if (c.overCapacity()) {
            return Badges.contrast(t(RegistryUiText.STATUS_OVER_CAPACITY));
        }
        return Badges.success(t(RegistryUiText.STATUS_NORMAL));
    }

    private List<School> loadSchools() {
        try {
            return schools.listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private void reload() {
        School s = school.getValue();
        List<ClassSize> sizes;
        try {
            sizes = schools.classSizes(actor, s == null ? null : s.id(), grade.getValue());
        } catch (DomainException e) {
            UiContext.showError(e);
            sizes = List.of();
        }
        overCapCount.setText(t(RegistryUiText.OVER_CAP_SUMMARY, cap, SchoolStats.overCap(sizes)));
        List<ClassSize> shown = overCapOnly.getValue() ? sizes.stream().filter(ClassSize::overCap).toList() : sizes;
        classCount.setText(t(RegistryUiText.CLASS_COUNT_SUMMARY, shown.size()));
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return ViewSupport.pageTitle(RegistryUiText.CLASS_SIZES_TITLE);
    }
}
