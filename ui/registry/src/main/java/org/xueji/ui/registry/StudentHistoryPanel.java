package org.xueji.ui.registry;

import static org.xueji.ui.registry.ViewSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.StudentHistoryEntry;
import org.xueji.registry.api.StudentService;

/**
 * The record's change history on the student page (R7): old and new values, who and when.
 * Loaded only when asked for, since the service records each reading in the audit trail.
 */
final class StudentHistoryPanel extends Details {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final transient StudentService students;
    private final transient Actor actor;
    private final transient Locale locale;
    private final Button load = new Button(t(RegistryUiText.HISTORY_LOAD));
    private final Grid<StudentHistoryEntry> grid = new Grid<>();
    private final Span message = new Span();
    private long studentId;

    StudentHistoryPanel(StudentService students, Actor actor, Locale locale) {
        this.students = students;
        this.actor = actor;
        this.locale = locale;
        setSummaryText(t(RegistryUiText.HISTORY_TITLE));
        setId("student-history");
        load.setId("student-history-load");
        load.addClickListener(e -> loadHistory());
        grid.setId("student-history-grid");
        grid.addColumn(h -> TIME.format(h.changedAt())).setHeader(t(RegistryUiText.HISTORY_WHEN)).setAutoWidth(true);
        grid.addColumn(StudentHistoryEntry::changedBy).setHeader(t(RegistryUiText.HISTORY_WHO)).setAutoWidth(true);
        grid.addColumn(StudentHistoryEntry::field).setHeader(t(RegistryUiText.HISTORY_FIELD)).setAutoWidth(true);
        grid.addColumn(h -> Objects.toString(h.oldValue(), "")).setHeader(t(RegistryUiText.HISTORY_OLD));
        grid.addColumn(h -> Objects.toString(h.newValue(), "")).setHeader(t(RegistryUiText.HISTORY_NEW));
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        VerticalLayout body = new VerticalLayout(load, message, grid);
        body.setPadding(false);
        add(body);
    }

    /** Another student: nothing is read until asked for. */
    void reset(long id) {
        studentId = id;
        grid.setItems(List.of());
        grid.setVisible(false);
        message.setText("");
        load.setVisible(true);
    }

    private void loadHistory() {
        try {
            List<StudentHistoryEntry> entries = students.history(actor, studentId);
            grid.setItems(entries);
            grid.setVisible(!entries.isEmpty());
            message.setText(entries.isEmpty() ? t(RegistryUiText.HISTORY_EMPTY) : "");
            load.setVisible(false);
        } catch (DomainException e) {
            message.setText(e.message(locale));
        }
    }
}
