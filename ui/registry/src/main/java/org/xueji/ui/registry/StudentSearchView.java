package org.xueji.ui.registry;

import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentQuery;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;

/**
 * 学生查询: search by name (prefix), ID number, 学籍号, school, grade and class; a lazy grid
 * that pages through the service (fast on a million records). The search is kept in the
 * address ({@code students?name=张&school=3}) so that it can be linked to.
 */
public class StudentSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "students";
    /** Session attribute: the address of the last search, for the record's back link. */
    static final String LAST_SEARCH = StudentSearchView.class.getName() + ".lastSearch";

    private final transient Actor actor = UiContext.actor();
    private final transient StudentService students = UiContext.service(getClass(), StudentService.class);
    private final transient SchoolService schoolService = UiContext.service(getClass(), SchoolService.class);

    private final TextField name = new TextField(t(RegistryUiText.SEARCH_NAME));
    private final TextField idNumber = new TextField(t(RegistryUiText.SEARCH_ID_NUMBER));
    private final TextField registryNumber = new TextField(t(RegistryUiText.SEARCH_REGISTRY_NUMBER));
    private final ComboBox<School> school = new ComboBox<>(t(RegistryUiText.SEARCH_SCHOOL));
    private final Select<Integer> grade = new Select<>();
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>(t(RegistryUiText.SEARCH_CLASS));
    /** R3: withdrawn, transferred-out, suspended and deceased records are listed and marked unless this is ticked. */
    private final Checkbox activeOnly = new Checkbox(t(RegistryUiText.SEARCH_ACTIVE_ONLY));
    private final Button searchButton = new Button(t(RegistryUiText.SEARCH_BUTTON));
    private final Button resetButton = new Button(t(RegistryUiText.SEARCH_RESET));
    private final Span countLabel = new Span();
    private final Grid<StudentSummary> grid = new Grid<>();

    private final transient List<School> schools;
    private SearchCriteria criteria = SearchCriteria.NONE;
    private boolean navigating;
    /** The address whose search the grid shows. */
    private String shownLocation;
    /** The ID number and 学籍号 of a search on its way through the router (they stay out of the address). */
    private SearchCriteria pendingIdentifiers = SearchCriteria.NONE;

    public StudentSearchView() {
        setSizeFull();
        setPadding(true);
        schools = loadSchools();

        H2 heading = new H2(t(RegistryUiText.STUDENTS_TITLE));
        heading.getStyle().set("margin", "0");

        name.setId("search-name");
        name.setPlaceholder(t(RegistryUiText.SEARCH_NAME_PLACEHOLDER));
        name.setClearButtonVisible(true);
        idNumber.setId("search-id-number");
        idNumber.setClearButtonVisible(true);
        registryNumber.setId("search-registry-number");
        registryNumber.setClearButtonVisible(true);

        school.setId("search-school");
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        school.setClearButtonVisible(true);
        school.setPlaceholder(t(RegistryUiText.ALL));
        school.addValueChangeListener(e -> schoolChanged());

        grade.setId("search-grade");
        grade.setLabel(t(RegistryUiText.SEARCH_GRADE));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(t(RegistryUiText.ALL));
        grade.setItemLabelGenerator(g -> g == null ? t(RegistryUiText.ALL) : Grades.name(g));
        grade.setItems(gradesOf(null));
        grade.addValueChangeListener(e -> refreshClasses());

        schoolClass.setId("search-class");
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        schoolClass.setPlaceholder(t(RegistryUiText.ALL));
        schoolClass.setEnabled(false);

        searchButton.setId("search-button");
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickListener(e -> search(true));
        resetButton.setId("search-reset");
        resetButton.addClickListener(e -> reset());

        activeOnly.setId("search-active-only");
        activeOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout form = new FlexLayout(name, idNumber, registryNumber, school, grade, schoolClass, activeOnly);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        form.setWidthFull();
        searchButton.addClickShortcut(Key.ENTER).listenOn(form);

        countLabel.setId("search-count");
        countLabel.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout(searchButton, resetButton, countLabel);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        StudentExportBar exportBar = new StudentExportBar(
                () -> criteria.toQuery(StudentQuery.SortField.NAME, false).withActiveOnly(activeOnly.getValue()));
        add(heading, form, actions, exportBar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("student-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        // a G number is G + the ID number: masked like the ID number beside it (D1)
        grid.addColumn(s -> IdentityMask.registryNumber(s.registryNumber())).setKey(StudentSorts.REGISTRY_NUMBER)
                .setHeader(t(RegistryUiText.COL_REGISTRY_NUMBER)).setSortProperty(StudentSorts.REGISTRY_NUMBER)
                .setAutoWidth(true);
        grid.addColumn(StudentSummary::name).setKey(StudentSorts.NAME)
                .setHeader(t(RegistryUiText.COL_NAME)).setSortProperty(StudentSorts.NAME).setAutoWidth(true);
        grid.addColumn(s -> s.sex() == null ? "" : s.sex().label()).setKey("sex")
                .setHeader(t(RegistryUiText.COL_SEX)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.birthDate() == null ? "" : s.birthDate().toString()).setKey(StudentSorts.BIRTH_DATE)
                .setHeader(t(RegistryUiText.COL_BIRTH_DATE)).setSortProperty(StudentSorts.BIRTH_DATE)
                .setAutoWidth(true);
        grid.addColumn(s -> IdentityMask.idNumber(s.idNumber())).setKey("idNumber")
                .setHeader(t(RegistryUiText.COL_ID_NUMBER)).setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.schoolName(), "")).setKey(StudentSorts.SCHOOL)
                .setHeader(t(RegistryUiText.COL_SCHOOL)).setSortProperty(StudentSorts.SCHOOL).setAutoWidth(true);
        grid.addColumn(StudentSearchView::className).setKey(StudentSorts.CLASS)
                .setHeader(t(RegistryUiText.COL_CLASS)).setSortProperty(StudentSorts.CLASS).setAutoWidth(true);
        // R3: a record that is not 在读 is kept and marked (撤销, 转出, 休学, 死亡)
        grid.addColumn(s -> s.active() ? t(RegistryUiText.STATUS_ACTIVE) : s.status().format(UiContext.locale()))
                .setKey("status").setHeader(t(RegistryUiText.COL_RECORD_STATUS)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<StudentSummary>of(
                        "<vaadin-button theme=\"tertiary-inline small\" class=\"student-view\" @click=\"${open}\">"
                                + "${item.label}</vaadin-button>")
                        .withProperty("label", s -> t(RegistryUiText.VIEW_BUTTON))
                        .withFunction("open", this::open))
                .setKey("actions").setHeader(t(RegistryUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        EmptyState.on(grid, t(RegistryUiText.SEARCH_EMPTY));
        grid.addItemClickListener(e -> open(e.getItem()));

        grid.setItems(this::fetch, this::count);
    }

    private Stream<StudentSummary> fetch(Query<StudentSummary, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        List<StudentSorts.Order> orders = query.getSortOrders().stream()
                .map(o -> new StudentSorts.Order(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
        StudentQuery q = StudentSorts.apply(criteria, orders).withActiveOnly(activeOnly.getValue());
        try {
            return students.search(actor, q, offset, limit).stream();
        } catch (DomainException e) {
            UiContext.showError(e);
            return Stream.empty();
        }
    }

    /** The grid lists at most this many; a broader search is asked to narrow down. */
    static final int MAX_LISTED = 10_000;

    private int count(Query<StudentSummary, Void> query) {
        long n;
        try {
            n = students.countAtMost(actor, criteria.toQuery(StudentQuery.SortField.NAME, false)
                    .withActiveOnly(activeOnly.getValue()), MAX_LISTED + 1);
        } catch (DomainException e) {
            UiContext.showError(e);
            n = 0;
        }
        countLabel.setText(n > MAX_LISTED ? t(RegistryUiText.SEARCH_COUNT_MORE, MAX_LISTED)
                : t(RegistryUiText.SEARCH_COUNT, n));
        return (int) Math.min(n, MAX_LISTED);
    }

    private static String className(StudentSummary s) {
        if (s.className() != null) {
            return s.className();
        }
        return "";
    }

    private List<School> loadSchools() {
        try {
            return schoolService.listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private static List<Integer> gradesOf(School s) {
        int first = s == null || s.type() == null ? 1 : s.type().firstGrade();
        int last = s == null || s.type() == null ? 12 : s.type().lastGrade();
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private void schoolChanged() {
        School s = school.getValue();
        Integer g = grade.getValue();
        List<Integer> grades = gradesOf(s);
        grade.setItems(grades);
        grade.setValue(g != null && grades.contains(g) ? g : null);
        refreshClasses();
    }

    /** The classes of the chosen school (and grade); keeps the chosen class if still listed. */
    private void refreshClasses() {
        School s = school.getValue();
        SchoolClass chosen = schoolClass.getValue();
        if (s == null) {
            schoolClass.setItems(List.of());
            schoolClass.clear();
            schoolClass.setEnabled(false);
            return;
        }
        List<SchoolClass> classes;
        try {
            Integer g = grade.getValue();
            classes = schoolService.listClasses(actor, s.id()).stream()
                    .filter(c -> g == null || c.gradeLevel() == g)
                    .toList();
        } catch (DomainException e) {
            UiContext.showError(e);
            classes = List.of();
        }
        schoolClass.setItems(classes);
        schoolClass.setEnabled(true);
        schoolClass.setValue(chosen != null && classes.contains(chosen) ? chosen : null);
    }

    private SearchCriteria readForm() {
        School s = school.getValue();
        SchoolClass c = schoolClass.getValue();
        return new SearchCriteria(name.getValue(), idNumber.getValue(), registryNumber.getValue(),
                s == null ? null : s.id(), grade.getValue(), c == null ? null : c.id());
    }

    private void fillForm(SearchCriteria c) {
        name.setValue(c.name() == null ? "" : c.name());
        idNumber.setValue(c.idNumber() == null ? "" : c.idNumber());
        registryNumber.setValue(c.registryNumber() == null ? "" : c.registryNumber());
        school.setValue(c.schoolId() == null ? null
                : schools.stream().filter(s -> s.id() == c.schoolId()).findFirst().orElse(null));
        grade.setValue(c.grade() != null && grade.getListDataView().contains(c.grade()) ? c.grade() : null);
        if (c.classId() != null && school.getValue() != null) {
            schoolClass.getListDataView().getItems().filter(k -> k.id() == c.classId()).findFirst()
                    .ifPresent(schoolClass::setValue);
        }
    }

    /**
     * Runs the search of the form. From the search button it goes through the router, so the
     * search lands in the address and the browser history ({@code students?name=张}).
     */
    private void search(boolean viaAddress) {
        SearchCriteria wanted = readForm();
        Location location = new Location(ROUTE, new QueryParameters(wanted.toParameters()));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LAST_SEARCH, location.getPathWithQueryParameters());
        }
        if (viaAddress && !location.getPathWithQueryParameters().equals(shownLocation)) {
            // beforeEnter runs the search for the new address, with the identifiers kept here
            pendingIdentifiers = wanted;
            UI.getCurrent().navigate(ROUTE, location.getQueryParameters());
            return;
        }
        shownLocation = location.getPathWithQueryParameters();
        criteria = wanted;
        grid.getDataProvider().refreshAll();
    }

    private void reset() {
        name.clear();
        idNumber.clear();
        registryNumber.clear();
        school.clear();
        grade.clear();
        schoolClass.clear();
        search(true);
        name.focus();
    }

    private void open(StudentSummary s) {
        if (navigating || s == null) {
            return;
        }
        navigating = true;
        UI.getCurrent().navigate(ROUTE + "/" + s.id());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigating = false;
        SearchCriteria fromAddress = SearchCriteria.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        fillForm(fromAddress.withIdentifiersOf(pendingIdentifiers));
        pendingIdentifiers = SearchCriteria.NONE;
        search(false);
    }

    @Override
    public String getPageTitle() {
        return ViewSupport.pageTitle(RegistryUiText.STUDENTS_TITLE);
    }
}
