package org.xueji.ui.dropout;

import static org.xueji.ui.dropout.DropoutSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.xueji.dropout.api.Closing;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.NewVisit;
import org.xueji.dropout.api.ResponsibleLine;
import org.xueji.dropout.api.ResponsiblePerson;
import org.xueji.dropout.api.Visit;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * One ledger entry (R22, R23): the child, the sources, the responsible persons on both lines
 * (missing ones in red), the 劝返 visits with a phone-friendly form (camera photo as evidence),
 * confirmation as a dropout and the closing request that the district approves in its 待办.
 */
public class EntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/entry";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private transient DropoutService service;
    private long entryId;
    private transient UploadField.Received evidence;

    public EntryView() {
        setWidthFull();
        setMaxWidth("900px");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            return;
        }
        service = UiContext.service(getClass(), DropoutService.class);
        Long id = DropoutSupport.queryId(event, "id");
        removeAll();
        if (id == null) {
            add(new Paragraph(t(DropoutUiText.NOT_FOUND)));
            return;
        }
        entryId = id;
        render();
    }

    private void render() {
        removeAll();
        Entry e;
        try {
            e = service.get(actor, entryId);
        } catch (DomainException ex) {
            add(new Paragraph(ex.message(locale)));
            return;
        }
        H2 heading = new H2(t(DropoutUiText.ENTRY_TITLE) + " #" + e.id() + " · " + e.name());
        heading.getStyle().set("margin", "0");
        Span status = DropoutSupport.statusBadge(e.status());
        status.setId("entry-status");
        Paragraph facts = new Paragraph((e.idNumberMasked() == null ? "" : e.idNumberMasked() + " · ")
                + (e.studentId() == null ? t(DropoutUiText.NO_RECORD) + " · " : "")
                + DropoutLedgerView.place(e) + (e.household() == null ? "" : " · " + e.household()) + " · "
                + e.reason().format(locale) + " · " + e.foundOn());
        facts.setId("entry-facts");
        Paragraph sources = new Paragraph(t(DropoutUiText.SOURCES) + "："
                + String.join("、", e.sources().stream().map(s -> s.source().format(locale) + " " + s.foundOn()).toList()));
        add(heading, status, facts, sources);
        boolean open = e.status() == EntryStatus.SUSPECTED || e.status() == EntryStatus.DROPOUT;
        boolean record = actor.has(Permission.RECORD_DROPOUT);
        if (open && record && e.status() == EntryStatus.SUSPECTED) {
            Button confirm = new Button(t(DropoutUiText.CONFIRM), ev -> act(() -> service.confirm(actor, entryId, null,
                    null), DropoutUiText.CONFIRMED));
            confirm.setId("entry-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(confirm);
        }
        add(responsible(e, open && record));
        add(visits(e, open && record));
        if (open && record) {
            // the special-needs module answers HOME_TEACHING_UNAVAILABLE when it is not installed
            Button refer = new Button(t(DropoutUiText.REFER_HOME_TEACHING), ev -> act(() ->
                    service.referToHomeTeaching(actor, entryId), DropoutUiText.REFERRED_HOME_TEACHING));
            refer.setId("entry-refer-home-teaching");
            add(refer);
            add(closing(e));
        }
    }

    private Component responsible(Entry e, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("entry-responsible");
        box.add(new H3(t(DropoutUiText.RESPONSIBLE)));
        for (ResponsibleLine line : ResponsibleLine.values()) {
            ResponsiblePerson p = e.responsible().stream().filter(r -> r.line() == line).findFirst().orElse(null);
            Span s = new Span(line.format(locale) + "：" + (p == null ? t(DropoutUiText.MISSING, 1)
                    : p.displayName() + "（" + p.username() + "）"));
            s.setId("entry-line-" + line.name().toLowerCase(Locale.ROOT));
            if (p == null) {
                s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            }
            box.add(s);
        }
        if (editable) {
            Select<ResponsibleLine> line = new Select<>();
            line.setId("entry-assign-line");
            line.setLabel(t(DropoutUiText.LINE));
            line.setItems(ResponsibleLine.values());
            line.setItemLabelGenerator(l -> l.format(locale));
            TextField account = new TextField(t(DropoutUiText.ACCOUNT));
            account.setId("entry-assign-account");
            Button save = new Button(t(DropoutUiText.ASSIGN), ev -> act(() -> service.assign(actor, entryId,
                    line.getValue(), account.getValue()), DropoutUiText.ASSIGNED));
            save.setId("entry-assign-save");
            FormLayout form = phoneForm();
            form.add(line, account, save);
            box.add(form);
        }
        return box;
    }

    private Component visits(Entry e, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(t(DropoutUiText.VISITS)));
        Div list = new Div();
        list.setId("entry-visits");
        List<Visit> visits = service.visits(actor, entryId);
        if (visits.isEmpty()) {
            list.add(new Paragraph(t(DropoutUiText.NO_VISITS)));
        }
        for (Visit v : visits) {
            Paragraph p = new Paragraph(v.visitedOn() + " · " + v.visitors() + " → " + v.met() + " · " + v.outcome()
                    + (v.nextStep() == null ? "" : " · " + v.nextStep()) + (v.evidenceBytes() > 0 ? " 📎" : ""));
            p.addClassName("entry-visit");
            list.add(p);
        }
        box.add(list);
        if (!editable) {
            return box;
        }
        DatePicker date = DatePickers.create("visit-date", t(DropoutUiText.VISIT_DATE));
        date.setValue(DropoutSupport.today(getClass()));
        date.setMax(DropoutSupport.today(getClass()));
        TextField visitors = field("visit-visitors", DropoutUiText.VISITORS);
        TextField met = field("visit-met", DropoutUiText.MET);
        TextArea outcome = new TextArea(t(DropoutUiText.VISIT_OUTCOME));
        outcome.setId("visit-outcome");
        TextField next = field("visit-next", DropoutUiText.NEXT_STEP);
        UploadField upload = new UploadField("visit-evidence", t(DropoutUiText.EVIDENCE),
                UploadRules.of(10L * 1024 * 1024, ContentKind.JPEG, ContentKind.PNG, ContentKind.PDF),
                f -> evidence = f);
        // phones open the camera for the photo
        upload.upload().getElement().setAttribute("capture", "environment");
        upload.upload().getElement().executeJs("const i = this.querySelector('input[type=file]') || "
                + "(this.shadowRoot && this.shadowRoot.querySelector('input[type=file]')); "
                + "if (i) { i.setAttribute('capture', 'environment'); }");
        Button save = new Button(t(DropoutUiText.VISIT_NEW), ev -> {
            UploadField.Received f = evidence;
            act(() -> service.recordVisit(actor, entryId, new NewVisit(date.getValue(), visitors.getValue(),
                    met.getValue(), outcome.getValue(), next.getValue(), f == null ? null : f.fileName(),
                    f == null ? null : f.content())), DropoutUiText.VISIT_SAVED);
            evidence = null;
        });
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = phoneForm();
        form.setId("visit-form");
        form.add(date, visitors, met, outcome, next, upload, save);
        box.add(form);
        return box;
    }

    private Component closing(Entry e) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(t(DropoutUiText.CLOSE_TITLE)));
        Select<ClosingOutcome> outcome = new Select<>();
        outcome.setId("close-outcome");
        outcome.setLabel(t(DropoutUiText.OUTCOME));
        outcome.setItems(ClosingOutcome.values());
        outcome.setItemLabelGenerator(o -> o.format(locale));
        Select<SchoolClass> clazz = new Select<>();
        clazz.setId("close-class");
        clazz.setLabel(t(DropoutUiText.CLASS));
        List<SchoolClass> classes = classes(e);
        clazz.setItems(classes);
        clazz.setItemLabelGenerator(SchoolClass::name);
        // the child's own class first: most children go back to it
        classes.stream().filter(k -> e.classId() != null && k.id() == e.classId()).findFirst()
                .or(() -> classes.stream().findFirst()).ifPresent(clazz::setValue);
        TextField place = field("close-place", DropoutUiText.PLACE);
        Checkbox confirmed = new Checkbox(t(DropoutUiText.PLACE_CONFIRMED));
        confirmed.setId("close-confirmed");
        TextArea note = new TextArea(t(DropoutUiText.NOTE));
        note.setId("close-note");
        Button save = new Button(t(DropoutUiText.CLOSE_REQUEST), ev -> {
            ClosingOutcome o = outcome.getValue();
            SchoolClass c = clazz.getValue();
            String where = place.getValue();
            act(() -> service.requestClose(actor, entryId, new Closing(o, c == null ? null : c.id(),
                    o == ClosingOutcome.TRANSFERRED ? where : null, o == ClosingOutcome.MOVED_AWAY ? where : null,
                    confirmed.getValue(), note.getValue())), DropoutUiText.CLOSE_REQUESTED);
        });
        save.setId("close-save");
        save.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        FormLayout form = phoneForm();
        form.add(outcome, clazz, place, confirmed, note, save);
        box.add(form);
        return box;
    }

    private List<SchoolClass> classes(Entry e) {
        if (e.schoolId() == null) {
            return List.of();
        }
        try {
            return UiContext.service(getClass(), SchoolService.class).listClasses(actor, e.schoolId());
        } catch (RuntimeException ex) {
            return List.of();
        }
    }

    private static TextField field(String id, DropoutUiText label) {
        TextField f = new TextField(t(label));
        f.setId(id);
        return f;
    }

    /** One column on a phone (390 px wide), two from 600 px. */
    static FormLayout phoneForm() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        return form;
    }

    private void act(Runnable call, DropoutUiText done) {
        try {
            call.run();
            UiContext.showSuccess(t(done));
            render();
        } catch (DomainException ex) {
            UiContext.showError(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return DropoutSupport.pageTitle(DropoutUiText.ENTRY_TITLE);
    }
}
