package org.xueji.ui.dropout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.dropout.api.inspection.AwarenessKind;
import org.xueji.dropout.api.inspection.AwarenessService;
import org.xueji.dropout.api.inspection.AwarenessSummary;
import org.xueji.dropout.api.inspection.EvidenceFile;
import org.xueji.dropout.api.inspection.Inspection;
import org.xueji.dropout.api.inspection.InspectionEvidence;
import org.xueji.dropout.api.inspection.InspectionFinding;
import org.xueji.dropout.api.inspection.InspectionKind;
import org.xueji.dropout.api.inspection.InspectionService;
import org.xueji.dropout.api.inspection.InspectionStatus;
import org.xueji.dropout.api.inspection.NewActivity;
import org.xueji.dropout.api.inspection.NewInspection;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolYearService;
import org.xueji.registry.api.Semester;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.Badges;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * Inspections (R30) and awareness activities (R20): the district records and closes inspections
 * and posts findings to the ledger; the school uploads evidence and reports the correction;
 * activities per school and semester with the semester's summary.
 */
public class InspectionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/inspections";

    private final transient Actor actor = UiContext.actor();
    private final transient InspectionService inspections;
    private final transient AwarenessService awareness;
    private final transient List<School> schools;
    private final transient Map<Long, String> names;
    private final Grid<Inspection> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final IntegerField year = new IntegerField();
    private final Select<Integer> semester = new Select<>();
    private final Grid<AwarenessSummary> summary = new Grid<>();
    private transient UploadField.Received evidence;

    public InspectionsView() {
        setWidthFull();
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            inspections = null;
            awareness = null;
            schools = List.of();
            names = Map.of();
            return;
        }
        inspections = UiContext.service(getClass(), InspectionService.class);
        awareness = UiContext.service(getClass(), AwarenessService.class);
        schools = SchoolsInScope.of(getClass(), actor);
        names = SchoolsInScope.names(schools);
        H2 heading = new H2(t(CrossCheckUiText.INSPECTIONS_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(CrossCheckUiText.INSPECTIONS_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        if (district()) {
            add(new H3(t(CrossCheckUiText.INSPECTION_NEW)), inspectionForm());
        }
        detail.setPadding(false);
        detail.setId("inspection-detail");
        add(inspectionGrid(), detail, new H3(t(CrossCheckUiText.AWARENESS)));
        if (actor.has(Permission.RECORD_DROPOUT) && (district() || actor.schoolId() != null)) {
            add(activityForm());
        }
        add(semesterPicker(), new H3(t(CrossCheckUiText.SUMMARY)), summaryGrid());
        loadInspections();
        loadSummary();
    }

    private boolean district() {
        return actor.has(Permission.MANAGE_DROPOUT) && actor.isDistrictWide();
    }

    private static String t(CrossCheckUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    private Select<School> schoolSelect(String id) {
        Select<School> school = new Select<>();
        school.setId(id);
        school.setLabel(t(CrossCheckUiText.SCHOOL));
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        return school;
    }

    private FormLayout inspectionForm() {
        Select<School> school = schoolSelect("inspection-school");
        Select<InspectionKind> kind = new Select<>();
        kind.setId("inspection-kind");
        kind.setLabel(t(CrossCheckUiText.KIND));
        kind.setItems(InspectionKind.values());
        kind.setItemLabelGenerator(k -> k.format(UiContext.locale()));
        kind.setValue(InspectionKind.UNANNOUNCED);
        DatePicker date = DatePickers.create("inspection-date", t(CrossCheckUiText.DATE));
        date.setValue(DropoutSupport.today(getClass()));
        TextField inspectors = new TextField(t(CrossCheckUiText.INSPECTORS));
        inspectors.setId("inspection-inspectors");
        TextArea findings = new TextArea(t(CrossCheckUiText.FINDINGS_TEXT));
        findings.setId("inspection-findings");
        DatePicker deadline = DatePickers.create("inspection-deadline", t(CrossCheckUiText.DEADLINE));
        TextField note = new TextField(t(CrossCheckUiText.NOTE));
        note.setId("inspection-note");
        Button save = new Button(t(CrossCheckUiText.RECORD), e -> act(() -> inspections.record(actor,
                new NewInspection(school.getValue() == null ? -1L : school.getValue().id(), kind.getValue(),
                        date.getValue(), inspectors.getValue(), Arrays.asList(findings.getValue().split("\\R")),
                        deadline.getValue(), note.getValue())), CrossCheckUiText.RECORDED));
        save.setId("inspection-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = EntryView.phoneForm();
        form.add(school, kind, date, inspectors, findings, deadline, note, save);
        return form;
    }

    private Grid<Inspection> inspectionGrid() {
        grid.setId("inspections");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> "#" + i.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(i -> names.getOrDefault(i.schoolId(), "#" + i.schoolId())).setHeader(t(CrossCheckUiText.SCHOOL))
                .setAutoWidth(true);
        grid.addColumn(i -> i.kind().format(UiContext.locale())).setHeader(t(CrossCheckUiText.KIND)).setAutoWidth(true);
        grid.addColumn(Inspection::inspectedOn).setHeader(t(CrossCheckUiText.COL_DATE)).setAutoWidth(true);
        grid.addColumn(Inspection::inspectors).setHeader(t(CrossCheckUiText.INSPECTORS)).setAutoWidth(true);
        grid.addColumn(i -> i.findings().size()).setHeader(t(CrossCheckUiText.COL_FINDINGS));
        grid.addComponentColumn(i -> {
            Span s = new Span(i.correctBy() == null ? "—" : i.correctBy().toString());
            if (i.overdue()) {
                s = Badges.error(i.correctBy() + " " + t(CrossCheckUiText.OVERDUE));
            }
            return s;
        }).setHeader(t(CrossCheckUiText.COL_DEADLINE)).setAutoWidth(true);
        grid.addColumn(i -> i.status().format(UiContext.locale())).setHeader(t(CrossCheckUiText.COL_STATUS)).setAutoWidth(true);
        grid.addItemClickListener(e -> showDetail(e.getItem().id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void showDetail(long id) {
        detail.removeAll();
        Inspection i;
        try {
            i = inspections.get(actor, id);
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        detail.add(new H3(t(CrossCheckUiText.DETAILS) + " #" + i.id() + " · " + names.getOrDefault(i.schoolId(), "")
                + " · " + i.status().format(UiContext.locale())));
        boolean open = i.status() != InspectionStatus.CLOSED;
        for (InspectionFinding f : i.findings()) {
            HorizontalLayout row = new HorizontalLayout(new Span("• " + f.text()));
            row.setAlignItems(Alignment.CENTER);
            if (f.ledgerPosted()) {
                row.add(Badges.contrast(t(CrossCheckUiText.POSTED)));
            } else if (district()) {
                Button post = new Button(t(CrossCheckUiText.POST_LEDGER), e -> act(() -> inspections.postIncident(actor,
                        i.id(), f.id()), CrossCheckUiText.POSTED));
                post.setId("inspection-post-" + f.id());
                post.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(post);
            }
            detail.add(row);
        }
        Div evidenceLine = new Div(new Span(t(CrossCheckUiText.EVIDENCE) + "："));
        if (i.evidence().isEmpty()) {
            evidenceLine.add(new Span(t(CrossCheckUiText.NO_EVIDENCE)));
        }
        for (InspectionEvidence e : i.evidence()) {
            // read through the service when followed: scope-checked and audited there
            Anchor link = new Anchor((DownloadHandler) event -> {
                EvidenceFile file = inspections.evidence(actor, e.id());
                event.setFileName(file.name());
                event.setContentType(file.mediaType());
                event.getOutputStream().write(file.content());
            }, AttachmentType.DOWNLOAD, e.name());
            link.setId("inspection-evidence-" + e.id());
            link.getStyle().set("margin-right", "var(--lumo-space-s)");
            evidenceLine.add(link);
        }
        detail.add(evidenceLine);
        if (open && actor.has(Permission.RECORD_DROPOUT) && !i.findings().isEmpty()) {
            UploadField upload = new UploadField("inspection-evidence", t(CrossCheckUiText.EVIDENCE_UPLOAD),
                    UploadRules.of(10L * 1024 * 1024, ContentKind.JPEG, ContentKind.PNG, ContentKind.PDF),
                    f -> evidence = f);
            Button save = new Button(t(CrossCheckUiText.EVIDENCE_UPLOAD), e -> {
                UploadField.Received f = evidence;
                if (f != null) {
                    act(() -> inspections.addEvidence(actor, i.id(), f.fileName(), f.content()),
                            CrossCheckUiText.EVIDENCE_SAVED);
                    evidence = null;
                }
            });
            save.setId("inspection-evidence-save");
            Button corrected = new Button(t(CrossCheckUiText.REPORT_CORRECTED), e -> act(() ->
                    inspections.reportCorrected(actor, i.id(), null), CrossCheckUiText.DONE));
            corrected.setId("inspection-corrected");
            corrected.setEnabled(i.status() == InspectionStatus.OPEN);
            detail.add(upload, new HorizontalLayout(save, corrected));
        }
        if (open && district()) {
            Button close = new Button(t(CrossCheckUiText.CLOSE), e -> act(() -> inspections.close(actor, i.id(), null),
                    CrossCheckUiText.DONE));
            close.setId("inspection-close");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(close);
        }
    }

    private FormLayout activityForm() {
        Select<School> school = schoolSelect("awareness-school");
        school.setVisible(district());
        Select<AwarenessKind> kind = new Select<>();
        kind.setId("awareness-kind");
        kind.setLabel(t(CrossCheckUiText.AWARENESS_KIND));
        kind.setItems(AwarenessKind.values());
        kind.setItemLabelGenerator(k -> k.format(UiContext.locale()));
        kind.setValue(AwarenessKind.LAW_SESSION);
        DatePicker date = DatePickers.create("awareness-date", t(CrossCheckUiText.DATE));
        date.setValue(DropoutSupport.today(getClass()));
        TextField title = new TextField(t(CrossCheckUiText.TITLE));
        title.setId("awareness-title");
        IntegerField participants = count("awareness-participants", CrossCheckUiText.PARTICIPANTS);
        IntegerField sent = count("awareness-sent", CrossCheckUiText.LETTERS_SENT);
        IntegerField signed = count("awareness-signed", CrossCheckUiText.LETTERS_SIGNED);
        kind.addValueChangeListener(e -> {
            boolean letter = e.getValue() == AwarenessKind.PARENT_LETTER;
            participants.setVisible(!letter);
            sent.setVisible(letter);
            signed.setVisible(letter);
        });
        sent.setVisible(false);
        signed.setVisible(false);
        Button save = new Button(t(CrossCheckUiText.RECORD), e -> {
            Long schoolId = district() ? (school.getValue() == null ? null : school.getValue().id()) : actor.schoolId();
            act(() -> awareness.record(actor, new NewActivity(schoolId == null ? -1L : schoolId, kind.getValue(),
                    date.getValue(), title.getValue(), value(participants), value(sent), value(signed))),
                    CrossCheckUiText.RECORDED);
        });
        save.setId("awareness-save");
        FormLayout form = EntryView.phoneForm();
        form.add(school, kind, date, title, participants, sent, signed, save);
        return form;
    }

    private static IntegerField count(String id, CrossCheckUiText label) {
        IntegerField f = new IntegerField(t(label));
        f.setId(id);
        f.setMin(0);
        f.setValue(0);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private HorizontalLayout semesterPicker() {
        LocalDate today = DropoutSupport.today(getClass());
        Semester current = null;
        try {
            current = UiContext.service(getClass(), SchoolYearService.class).semesterOf(today).orElse(null);
        } catch (RuntimeException e) {
            // no school calendar: the fields start from the calendar year
        }
        year.setId("awareness-year");
        year.setLabel(t(CrossCheckUiText.SCHOOL_YEAR));
        year.setValue(current != null ? current.schoolYear() : today.getMonthValue() >= 9 ? today.getYear()
                : today.getYear() - 1);
        semester.setId("awareness-semester");
        semester.setLabel(t(CrossCheckUiText.SEMESTER));
        semester.setItems(1, 2);
        semester.setValue(current != null ? current.number() : 1);
        year.addValueChangeListener(e -> loadSummary());
        semester.addValueChangeListener(e -> loadSummary());
        return new HorizontalLayout(year, semester);
    }

    private Grid<AwarenessSummary> summaryGrid() {
        summary.setId("awareness-summary");
        summary.addThemeVariants(GridVariant.LUMO_COMPACT);
        summary.addColumn(s -> names.getOrDefault(s.schoolId(), "#" + s.schoolId())).setHeader(t(CrossCheckUiText.SCHOOL))
                .setAutoWidth(true);
        summary.addColumn(AwarenessSummary::sessions).setHeader(t(CrossCheckUiText.SESSIONS));
        summary.addColumn(AwarenessSummary::participants).setHeader(t(CrossCheckUiText.PARTICIPANTS));
        summary.addColumn(AwarenessSummary::letters).setHeader(t(CrossCheckUiText.LETTERS));
        summary.addColumn(AwarenessSummary::lettersSent).setHeader(t(CrossCheckUiText.LETTERS_SENT));
        summary.addColumn(AwarenessSummary::lettersSigned).setHeader(t(CrossCheckUiText.LETTERS_SIGNED));
        summary.addColumn(s -> s.lettersSent() == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%",
                100.0 * s.lettersSigned() / s.lettersSent())).setHeader(t(CrossCheckUiText.SIGNED_RATE));
        summary.setAllRowsVisible(true);
        return summary;
    }

    private void act(Runnable call, CrossCheckUiText done) {
        try {
            call.run();
            UiContext.showSuccess(t(done));
            loadInspections();
            loadSummary();
            detail.removeAll();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    /** 乡镇/村干部 hold no school: inspections and activities are the schools' and the district's. */
    private boolean noSchoolScope() {
        return !actor.isDistrictWide() && actor.schoolId() == null;
    }

    private void loadInspections() {
        if (noSchoolScope()) {
            return;
        }
        try {
            grid.setItems(inspections.list(actor, null, false));
        } catch (DomainException e) {
            // area accounts have no inspections to see
            grid.setItems(List.of());
        }
    }

    private void loadSummary() {
        if (noSchoolScope() || year.getValue() == null || semester.getValue() == null) {
            return;
        }
        try {
            summary.setItems(awareness.summary(actor, year.getValue(), semester.getValue()));
        } catch (DomainException e) {
            summary.setItems(List.of());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        Locale locale = UiContext.locale();
        return DropoutUiText.PAGE_TITLE.format(locale, CrossCheckUiText.INSPECTIONS_TITLE.format(locale));
    }
}
