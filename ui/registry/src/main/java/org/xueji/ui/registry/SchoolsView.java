package org.xueji.ui.registry;

import org.xueji.ui.shell.api.Badges;
import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;

/** 学校: the district's schools with their class and student totals; a click lists the students. */
public class SchoolsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "schools";

    private final transient Actor actor = UiContext.actor();
    private final transient SchoolService schools = UiContext.service(getClass(), SchoolService.class);

    private final TextField filter = new TextField(t(RegistryUiText.SCHOOL_FILTER));
    private final Span count = new Span();
    private final Grid<School> grid = new Grid<>();
    private final transient Map<Long, SchoolStats.Totals> totals;

    public SchoolsView() {
        setSizeFull();
        setPadding(true);
        H2 heading = new H2(t(RegistryUiText.SCHOOLS_TITLE));
        heading.getStyle().set("margin", "0");

        List<School> list;
        Map<Long, SchoolStats.Totals> byschool;
        try {
            list = new ArrayList<>(schools.listSchools(actor));
            byschool = SchoolStats.bySchool(schools.classSizes(actor, null, null));
        } catch (DomainException e) {
            UiContext.showError(e);
            list = new ArrayList<>();
            byschool = Map.of();
        }
        totals = byschool;
        list.sort(Comparator.comparing(School::code, Comparator.nullsLast(Comparator.naturalOrder())));

        filter.setId("school-filter");
        filter.setPlaceholder(t(RegistryUiText.SCHOOL_FILTER_PLACEHOLDER));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("20em");

        count.setId("school-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout(filter, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("school-grid");
        EmptyState.on(grid, t(RegistryUiText.SCHOOLS_EMPTY));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(School::code).setKey("code").setHeader(t(RegistryUiText.COL_SCHOOL_CODE))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(School::name).setKey("name").setHeader(t(RegistryUiText.COL_SCHOOL_NAME))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.type() == null ? "" : s.type().label()).setKey("type")
                .setHeader(t(RegistryUiText.COL_SCHOOL_TYPE)).setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.town(), "")).setKey("town").setHeader(t(RegistryUiText.COL_TOWN))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(SchoolStats::serviceAreas).setKey("serviceAreas")
                .setHeader(t(RegistryUiText.COL_SERVICE_AREAS)).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(s -> s.oversize()
                        ? Badges.error(t(RegistryUiText.OVERSIZE_BADGE)) : new Span()))
                .setKey("oversize").setHeader(t(RegistryUiText.COL_OVERSIZE)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(School::oversize);
        grid.addColumn(s -> totals(s).classes()).setKey("classes").setHeader(t(RegistryUiText.COL_CLASS_COUNT))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> totals(s).students()).setKey("students")
                .setHeader(t(RegistryUiText.COL_STUDENT_COUNT)).setSortable(true).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        ListDataProvider<School> provider = new ListDataProvider<>(list);
        grid.setItems(provider);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(StudentSearchView.ROUTE,
                new QueryParameters(Map.of(SearchCriteria.SCHOOL, List.of(String.valueOf(e.getItem().id()))))));

        filter.addValueChangeListener(e -> {
            provider.setFilter(s -> SchoolStats.matches(s, e.getValue()));
            updateCount();
        });
        updateCount();

        add(heading, bar, grid);
        expand(grid);
    }

    private SchoolStats.Totals totals(School s) {
        return totals.getOrDefault(s.id(), SchoolStats.Totals.NONE);
    }

    private void updateCount() {
        count.setText(t(RegistryUiText.SCHOOLS_COUNT, grid.getListDataView().getItemCount()));
    }

    @Override
    public String getPageTitle() {
        return ViewSupport.pageTitle(RegistryUiText.SCHOOLS_TITLE);
    }
}
