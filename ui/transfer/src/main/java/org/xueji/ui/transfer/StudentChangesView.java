package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudentService;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * One student's registry changes and the record's change history (before/after, from the
 * registry), with the dialogs to request a change, a key-field correction (R3) or the
 * withdrawal of a mistaken registration.
 */
public class StudentChangesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "student-changes";
    static final String STUDENT_PARAMETER = "student";
    /** {@code open=correction}: the correction dialog opens at once (from the student page's 更正关键信息). */
    static final String OPEN_PARAMETER = "open";
    static final String OPEN_CORRECTION = "correction";

    private final transient Actor actor = UiContext.actor();
    private final Grid<ChangeRequest> changes = new Grid<>();
    private final Grid<StudentHistoryEntry> history = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private long studentId;

    public StudentChangesView() {
        setSizeFull();
        H2 heading = new H2(t(TransferUiText.STUDENT_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(TransferUiText.STUDENT_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        changes.setId("student-changes-grid");
        changes.setAllRowsVisible(true);
        changes.addColumn(ChangeRequest::id).setHeader(t(TransferUiText.COL_ID)).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(r -> r.type().format(UiContext.locale()) + (r.localCode() == null ? "" : " " + r.localCode()))
                .setHeader(t(TransferUiText.COL_TYPE));
        changes.addColumn(ChangeRequest::effectiveDate).setHeader(t(TransferUiText.COL_DATE));
        changes.addColumn(r -> r.status().format(UiContext.locale())).setHeader(t(TransferUiText.COL_STATUS));
        changes.addColumn(r -> TransferSupport.step(r.currentStep()) + " " + TransferSupport.daysLeft(r))
                .setHeader(t(TransferUiText.COL_STEP));
        history.setId("student-history-grid");
        history.setAllRowsVisible(true);
        history.addColumn(StudentHistoryEntry::changedAt).setHeader(t(TransferUiText.COL_DATE));
        history.addColumn(StudentHistoryEntry::field).setHeader(t(TransferUiText.COL_TYPE));
        history.addColumn(StudentHistoryEntry::oldValue).setHeader("←");
        history.addColumn(StudentHistoryEntry::newValue).setHeader("→");
        history.addColumn(StudentHistoryEntry::changedBy).setHeader("");
        actions.setId("student-changes-actions");
        add(heading, intro, actions, changes, new H4(t(TransferUiText.STEPS_TITLE)), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(STUDENT_PARAMETER, List.of());
        if (values.isEmpty()) {
            return;
        }
        try {
            studentId = Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            return;
        }
        refresh();
        actions.removeAll();
        if (actor.has(Permission.EDIT_STUDENT)) {
            TransferService transfers = UiContext.service(getClass(), TransferService.class);
            Long school = recordSchool();
            Button change = new Button(t(TransferUiText.ACTION_CHANGE),
                    e -> new ChangeDialog(actor, transfers, studentId, school, ChangeDialog.Mode.CHANGE, this::refresh).open());
            change.setId("student-change-request");
            Button correction = new Button(t(TransferUiText.ACTION_CORRECTION),
                    e -> new ChangeDialog(actor, transfers, studentId, school, ChangeDialog.Mode.CORRECTION, this::refresh).open());
            correction.setId("student-change-correction");
            Button withdraw = new Button(t(TransferUiText.ACTION_WITHDRAW),
                    e -> new ChangeDialog(actor, transfers, studentId, school, ChangeDialog.Mode.WITHDRAWAL, this::refresh).open());
            withdraw.setId("student-change-withdraw");
            actions.add(change, correction, withdraw);
            if (OPEN_CORRECTION.equals(event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault(OPEN_PARAMETER, List.of()).stream().findFirst().orElse(null))) {
                new ChangeDialog(actor, transfers, studentId, school, ChangeDialog.Mode.CORRECTION, this::refresh).open();
            }
        }
    }

    /** The record's school (its classes for a change within the school; a district account has none of its own). */
    private Long recordSchool() {
        try {
            return UiContext.service(getClass(), StudentService.class).get(actor, studentId).data().schoolId();
        } catch (DomainException e) {
            return actor.schoolId();
        }
    }

    void refresh() {
        try {
            changes.setItems(UiContext.service(getClass(), TransferService.class).ofStudent(actor, studentId));
            history.setItems(UiContext.service(getClass(), StudentService.class).history(actor, studentId));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return TransferSupport.pageTitle(TransferUiText.STUDENT_TITLE);
    }
}
