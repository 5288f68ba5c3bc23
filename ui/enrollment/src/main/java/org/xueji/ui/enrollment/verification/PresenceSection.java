package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.enrollment.api.RosterEntry;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.StudentSummary;
import org.xueji.ui.shell.api.UiContext;

/**
 * Presence ticked class by class (R18), grades 9, 8, 6 first. Every record of the class is
 * listed unticked: a teacher ticks who is actually there (a list ticked in advance would be
 * confirmed without looking); 「全部在校」 ticks all at once when the class is complete.
 * Students present without a record are added by hand. Each submission compares at once.
 */
final class PresenceSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient VerificationService verifications;
    private final transient StudentService students;
    private final transient Consumer<SchoolVerification> onCompared;
    private final long verificationId;
    private final long schoolId;
    private final transient SubmittedClasses submitted = SubmittedClasses.current();

    private final Select<SchoolClass> classSelect = new Select<>();
    private final Span classesDone = new Span();
    private final Grid<StudentSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final Grid<RosterEntry> extrasGrid = new Grid<>();
    private final Button submit = new Button();
    private final List<SchoolClass> classes;
    /** Ticks and hand-added people per class, kept while switching between classes. */
    private final Map<Long, Set<Long>> ticked = new HashMap<>();
    private final Map<Long, List<RosterEntry>> extras = new HashMap<>();
    private transient Map<Long, List<StudentSummary>> rosterByClass;

    PresenceSection(Actor actor, VerificationService verifications, SchoolVerification verification,
                    Consumer<SchoolVerification> onCompared) {
        this.actor = actor;
        this.verifications = verifications;
        this.students = UiContext.service(PresenceSection.class, StudentService.class);
        this.onCompared = onCompared;
        this.verificationId = verification.id();
        this.schoolId = verification.schoolId();
        // classes ticked earlier (by anyone) count as done
        verification.tickedClassIds().forEach(id -> submitted.markDone(verification.id(), id));
        setPadding(false);
        classes = loadClasses(UiContext.service(PresenceSection.class, SchoolService.class));

        Span help = new Span(t(VerificationUiText.PRESENCE_HELP));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        classSelect.setId("ver-class");
        classSelect.setLabel(t(VerificationUiText.FIELD_CLASS_SELECT));
        classSelect.setItems(classes);
        classSelect.setItemLabelGenerator(this::classLabel);
        classSelect.setWidth("16em");
        classSelect.addValueChangeListener(e -> showClass());
        classesDone.setId("ver-classes-done");
        classesDone.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout top = new HorizontalLayout(classSelect, classesDone);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Button allPresent = new Button(t(VerificationUiText.ALL_PRESENT), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> tickAll(true));
        allPresent.setId("ver-all-present");
        Button nonePresent = new Button(t(VerificationUiText.NONE_PRESENT), e -> tickAll(false));
        nonePresent.setId("ver-none-present");
        nonePresent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button addPerson = new Button(t(VerificationUiText.ADD_PERSON), VaadinIcon.PLUS.create(), e -> addPerson());
        addPerson.setId("ver-add-person");
        count.setId("ver-present-count");
        HorizontalLayout tools = new HorizontalLayout(allPresent, nonePresent, addPerson, count);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");

        configureGrid();
        configureExtras();

        submit.setId("ver-submit-class");
        submit.setText(t(VerificationUiText.SUBMIT_CLASS));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());

        add(help, top, tools, grid, extrasGrid, submit);
        classSelect.setValue(classes.stream().filter(c -> !isDone(c)).findFirst()
                .orElse(classes.isEmpty() ? null : classes.get(0)));
        updateDoneCount();
        showClass();
    }

    private void configureGrid() {
        grid.setId("ver-presence-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::presentBox)).setKey("present")
                .setHeader(t(VerificationUiText.COL_PRESENT)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StudentSummary::name).setKey("name").setHeader(t(VerificationUiText.COL_NAME))
                .setAutoWidth(true);
        grid.addColumn(s -> s.sex() == null ? "" : s.sex().label()).setKey("sex")
                .setHeader(t(VerificationUiText.COL_SEX)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> IdentityMask.idNumber(s.idNumber())).setKey("idNumber")
                .setHeader(t(VerificationUiText.COL_ID_NUMBER)).setAutoWidth(true);
        grid.addColumn(s -> IdentityMask.registryNumber(s.registryNumber())).setKey("registryNumber")
                .setHeader(t(VerificationUiText.COL_REGISTRY_NUMBER)).setFlexGrow(1);
        grid.setEmptyStateText(t(VerificationUiText.CLASS_EMPTY));
        grid.setHeight("24em");
    }

    private void configureExtras() {
        extrasGrid.setId("ver-extras");
        extrasGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        extrasGrid.addColumn(RosterEntry::name).setHeader(t(VerificationUiText.COL_EXTRA_NAME)).setAutoWidth(true);
        extrasGrid.addColumn(r -> IdentityMask.idNumber(r.idNumber())).setHeader(t(VerificationUiText.COL_ID_NUMBER))
                .setAutoWidth(true);
        extrasGrid.addColumn(r -> VerificationSupport.grade(r.gradeLevel()) + " "
                + VerificationSupport.classNumber(r.classNumber())).setHeader(t(VerificationUiText.COL_CLASS))
                .setAutoWidth(true);
        extrasGrid.addColumn(new ComponentRenderer<>(r -> {
            Button remove = new Button(t(VerificationUiText.REMOVE), e -> removeExtra(r));
            remove.addClassName("ver-extra-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return remove;
        })).setAutoWidth(true).setFlexGrow(0);
        extrasGrid.setAllRowsVisible(true);
        extrasGrid.setVisible(false);
    }

    private List<SchoolClass> loadClasses(SchoolService schools) {
        try {
            return schools.listClasses(actor, schoolId).stream().sorted(GradeOrder.classes()).toList();
        } catch (DomainException e) {
            UiContext.showError(e);
            return List.of();
        }
    }

    /** The school's records by class, read once: the records do not change by ticking. */
    private List<StudentSummary> rosterOf(SchoolClass c) {
        if (rosterByClass == null) {
            try {
                rosterByClass = students.schoolRoster(actor, schoolId).stream().filter(s -> s.classId() != null)
                        .collect(Collectors.groupingBy(StudentSummary::classId));
            } catch (DomainException e) {
                UiContext.showError(e);
                return List.of();
            }
        }
        return rosterByClass.getOrDefault(c.id(), List.of());
    }

    private String classLabel(SchoolClass c) {
        return isDone(c) ? t(VerificationUiText.CLASS_DONE, c.name()) : c.name();
    }

    private boolean isDone(SchoolClass c) {
        return submitted.done(verificationId, c.id());
    }

    private Set<Long> tickedOf(SchoolClass c) {
        return ticked.computeIfAbsent(c.id(), k -> new HashSet<>());
    }

    private List<RosterEntry> extrasOf(SchoolClass c) {
        return extras.computeIfAbsent(c.id(), k -> new ArrayList<>());
    }

    private boolean isTicked(StudentSummary s) {
        SchoolClass c = classSelect.getValue();
        return c != null && tickedOf(c).contains(s.id());
    }

    private Checkbox presentBox(StudentSummary s) {
        Checkbox box = new Checkbox(isTicked(s));
        box.addClassName("ver-present");
        box.getElement().setAttribute("data-student", String.valueOf(s.id()));
        box.setAriaLabel(s.name());
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                toggle(s, e.getValue());
            }
        });
        return box;
    }

    private void toggle(StudentSummary s, boolean present) {
        SchoolClass c = classSelect.getValue();
        if (c == null) {
            return;
        }
        // the checkbox already shows the new state; only the count changes
        if (present) {
            tickedOf(c).add(s.id());
        } else {
            tickedOf(c).remove(s.id());
        }
        updateCount();
    }

    private void tickAll(boolean present) {
        SchoolClass c = classSelect.getValue();
        if (c == null) {
            return;
        }
        Set<Long> set = tickedOf(c);
        set.clear();
        if (present) {
            rosterOf(c).forEach(s -> set.add(s.id()));
        }
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void showClass() {
        SchoolClass c = classSelect.getValue();
        grid.setItems(c == null ? List.of() : rosterOf(c));
        showExtras();
        updateCount();
        submit.setEnabled(c != null);
    }

    private void showExtras() {
        SchoolClass c = classSelect.getValue();
        List<RosterEntry> rows = c == null ? List.of() : extrasOf(c);
        extrasGrid.setItems(rows);
        extrasGrid.setVisible(!rows.isEmpty());
    }

    private void updateCount() {
        SchoolClass c = classSelect.getValue();
        if (c == null) {
            count.setText("");
            return;
        }
        count.setText(t(VerificationUiText.PRESENT_COUNT, tickedOf(c).size(), rosterOf(c).size(),
                extrasOf(c).size()));
    }

    private void updateDoneCount() {
        long done = classes.stream().filter(this::isDone).count();
        classesDone.setText(t(VerificationUiText.CLASSES_DONE, done, classes.size()));
    }

    private void addPerson() {
        SchoolClass c = classSelect.getValue();
        if (c == null) {
            return;
        }
        new AddPersonDialog(c, entry -> {
            extrasOf(c).add(entry);
            showExtras();
            updateCount();
        }).open();
    }

    private void removeExtra(RosterEntry entry) {
        SchoolClass c = classSelect.getValue();
        if (c != null) {
            extrasOf(c).remove(entry);
            showExtras();
            updateCount();
        }
    }

    /** Nobody ticked and nobody added is possible but rarely meant: ask first. */
    private void confirmSubmit() {
        SchoolClass c = classSelect.getValue();
        if (c == null) {
            return;
        }
        if (tickedOf(c).isEmpty() && extrasOf(c).isEmpty() && !rosterOf(c).isEmpty()) {
            Confirm.open(t(VerificationUiText.SUBMIT_CLASS), t(VerificationUiText.SUBMIT_NOBODY, c.name()),
                    t(VerificationUiText.SUBMIT_CLASS), () -> submit(c));
        } else {
            submit(c);
        }
    }

    private void submit(SchoolClass c) {
        SchoolVerification updated;
        try {
            updated = verifications.submitPresence(actor, verificationId, c.id(), Set.copyOf(tickedOf(c)),
                    List.copyOf(extrasOf(c)));
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        submitted.markDone(verificationId, c.id());
        UiContext.showSuccess(t(VerificationUiText.CLASS_SUBMITTED, c.name(), tickedOf(c).size(),
                extrasOf(c).size()));
        // the labels show which classes are done; go on with the next open one
        classSelect.setItems(classes);
        classSelect.setValue(nextOpen(c));
        updateDoneCount();
        onCompared.accept(updated);
    }

    private SchoolClass nextOpen(SchoolClass current) {
        int at = classes.indexOf(current);
        for (int i = 1; i <= classes.size(); i++) {
            SchoolClass candidate = classes.get((at + i) % classes.size());
            if (!isDone(candidate)) {
                return candidate;
            }
        }
        return current;
    }
}
