package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.specialneeds.api.VisitData;
import org.xueji.ui.kit.signature.SignaturePad;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * 登记送教 (R26) for a teacher at the child's home, on a phone: one column below 500 px, the
 * photo taken with the phone's camera ({@code capture}), the guardian's confirmation as a code
 * read out, a signature drawn on the screen (kit {@link SignaturePad}) or a signature image. The service judges everything again; after saving, the
 * child's live status is shown.
 */
public class VisitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "home-visit";
    /** Photos of a phone camera: PNG or JPEG up to 10 MB (the service applies EvidenceRules.PHOTOS). */
    static final UploadRules PHOTO_RULES = UploadRules.of(10L * 1024 * 1024, ContentKind.JPEG, ContentKind.PNG);

    private final transient Actor actor = UiContext.actor();
    private final transient SpecialNeedsService service;
    private final ComboBox<ChildStatus> child = new ComboBox<>();
    private final DatePicker date = DatePickers.create("visit-date", t(SpecialNeedsUiText.FIELD_DATE));
    private final TimePicker start = new TimePicker(t(SpecialNeedsUiText.FIELD_START));
    private final TimePicker end = new TimePicker(t(SpecialNeedsUiText.FIELD_END));
    private final IntegerField periods = new IntegerField(t(SpecialNeedsUiText.FIELD_PERIODS));
    private final TextField teachers = new TextField(t(SpecialNeedsUiText.FIELD_TEACHERS));
    private final TextArea content = new TextArea(t(SpecialNeedsUiText.FIELD_CONTENT));
    private final TextArea progress = new TextArea(t(SpecialNeedsUiText.FIELD_PROGRESS));
    private final Checkbox remote = new Checkbox(t(SpecialNeedsUiText.FIELD_REMOTE));
    private final TextField code = new TextField(t(SpecialNeedsUiText.FIELD_CODE));
    private final Span status = new Span();
    private byte[] photo;
    /** An uploaded signature image (the alternative to drawing on the pad). */
    private byte[] signature;
    /** The signature drawn on the pad; preferred to an upload when both are given. */
    private byte[] drawn;

    public VisitView() {
        setWidthFull();
        setMaxWidth("720px");
        setPadding(true);
        if (!actor.has(Permission.RECORD_SPECIAL_NEEDS)) {
            service = null;
            return;
        }
        service = UiContext.service(getClass(), SpecialNeedsService.class);
        H2 heading = new H2(t(SpecialNeedsUiText.VISIT_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(SpecialNeedsUiText.VISIT_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        child.setId("visit-child");
        child.setLabel(t(SpecialNeedsUiText.FIELD_CHILD));
        child.setItems(children());
        child.setItemLabelGenerator(s -> s.child().data().name() + " #" + s.child().id() + " " + s.child().data().town());
        child.addValueChangeListener(e -> showStatus(e.getValue()));
        date.setValue(SnSupport.today(getClass()));
        date.setMax(SnSupport.today(getClass()));
        start.setId("visit-start");
        end.setId("visit-end");
        start.setStep(Duration.ofMinutes(5));
        end.setStep(Duration.ofMinutes(5));
        periods.setId("visit-periods");
        periods.setMin(1);
        periods.setValue(2);
        periods.setStepButtonsVisible(true);
        teachers.setId("visit-teachers");
        teachers.setValue(actor.username());
        content.setId("visit-content");
        progress.setId("visit-progress");
        remote.setId("visit-remote");
        code.setId("visit-code");
        code.setMaxLength(20);
        UploadField photoField = new UploadField("visit-photo", t(SpecialNeedsUiText.FIELD_PHOTO), PHOTO_RULES,
                f -> photo = f == null ? null : f.content());
        // the phone opens its camera (rear) for the photo
        photoField.upload().getElement().setProperty("capture", "environment");
        UploadField signatureField = new UploadField("visit-signature", t(SpecialNeedsUiText.FIELD_SIGNATURE),
                PHOTO_RULES, f -> signature = f == null ? null : f.content());
        // the guardian signs on the phone's screen; the PNG is judged on the server like an uploaded image
        SignaturePad pad = new SignaturePad("visit-signature-pad", t(SpecialNeedsUiText.FIELD_SIGNATURE_PAD),
                UiContext.locale());
        pad.setListener(png -> drawn = png);
        FormLayout form = new FormLayout(child, date, start, end, periods, teachers, content, progress, remote, code,
                pad, photoField, signatureField);
        form.setColspan(pad, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(child, 2);
        form.setColspan(content, 2);
        form.setColspan(progress, 2);
        form.setColspan(teachers, 2);
        form.setWidthFull();
        Button save = new Button(t(SpecialNeedsUiText.SAVE), e -> save());
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        status.setId("visit-status");
        add(heading, intro, form, save, status);
    }

    private List<ChildStatus> children() {
        try {
            return service.homeTeaching(actor, null, null);
        } catch (DomainException e) {
            Notify.error(e);
            return List.of();
        }
    }

    private void showStatus(ChildStatus s) {
        if (s == null) {
            status.setText("");
            return;
        }
        status.setText(s.compliance() == null ? SnSupport.status(s) : t(SpecialNeedsUiText.STATUS_LINE,
                SnSupport.status(s), s.compliance().semester().label(), s.compliance().counted()));
        status.getElement().setAttribute("data-status", s.status().name());
    }

    private void save() {
        ChildStatus chosen = child.getValue();
        if (chosen == null) {
            Notify.errorText(t(SpecialNeedsUiText.CHOOSE_CHILD));
            return;
        }
        List<String> teacherList = Arrays.stream(teachers.getValue().split("[,，、\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<byte[]> photos = new ArrayList<>();
        if (photo != null) {
            photos.add(photo);
        }
        try {
            service.logVisit(actor, new VisitData(chosen.child().id(), date.getValue(), start.getValue(),
                    end.getValue(), periods.getValue() == null ? 0 : periods.getValue(), teacherList,
                    content.getValue(), progress.getValue(), remote.getValue(), code.getValue(), drawn != null ? drawn : signature, photos));
            Notify.success(t(SpecialNeedsUiText.SAVED));
            showStatus(service.status(actor, chosen.child().id()));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!actor.has(Permission.RECORD_SPECIAL_NEEDS)) {
            event.rerouteToError(new org.xueji.platform.api.AccessDeniedException(
                    org.xueji.platform.api.PlatformMessages.PERMISSION_MISSING,
                    Permission.RECORD_SPECIAL_NEEDS.name()), "");
        }
    }

    @Override
    public String getPageTitle() {
        return SnSupport.pageTitle(SpecialNeedsUiText.VISIT_TITLE);
    }
}
