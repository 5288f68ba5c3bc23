package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.identity.Sex;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.transfer.KeyFields;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeStatus;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.NewChange;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;
import org.xueji.ui.shell.kit.Notify;

/**
 * A change started by the record's school: a registry change of a chosen type (休学, 复学, 留级,
 * 跳级, 调班, 死亡, 转出), a key-field correction (R3, decided by the district) or the withdrawal
 * of a mistaken registration. Fields not used by the chosen type are ignored by the service.
 */
final class ChangeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    enum Mode { CHANGE, CORRECTION, WITHDRAWAL }

    private static final List<ChangeType> SCHOOL_TYPES = List.of(ChangeType.SUSPENSION, ChangeType.RESUMPTION,
            ChangeType.CLASS_CHANGE, ChangeType.REPEAT_GRADE, ChangeType.SKIP_GRADE, ChangeType.TRANSFER_OUT,
            ChangeType.DEATH);

    private final Select<ChangeType> type = new Select<>();
    /** The district's own change types (localTypes setting), offered when 地方异动类型 is chosen. */
    private final Select<org.xueji.transfer.api.LocalChangeType> localType = new Select<>();
    private final Select<SchoolClass> targetClass = new Select<>();
    private final DatePicker date = DatePickers.create("change-date", t(TransferUiText.FIELD_DATE));
    private final DatePicker plannedReturn = DatePickers.create("change-return", t(TransferUiText.FIELD_RETURN));
    private final TextField otherSide = new TextField(t(TransferUiText.FIELD_OTHER_SIDE));
    private final TextArea reason = new TextArea(t(TransferUiText.FIELD_REASON));
    private final TextField name = new TextField(t(TransferUiText.FIELD_NAME));
    private final Select<Sex> sex = new Select<>();
    private final DatePicker birth = DatePickers.create("change-birth", t(TransferUiText.FIELD_BIRTH));
    private final TextField idNumber = new TextField(t(TransferUiText.FIELD_ID_NUMBER));
    private final TextField ethnicity = new TextField(t(TransferUiText.FIELD_ETHNICITY));
    private final EvidenceUploads evidence = new EvidenceUploads("change-evidence",
            Map.of(EvidenceCategory.OTHER, TransferUiText.EVIDENCE_OTHER));

    /**
     * @param schoolId the record's school, whose classes a class change, resumption or grade change
     *                 may go into (a district account has no school of its own)
     */
    ChangeDialog(Actor actor, TransferService transfers, long studentId, Long schoolId, Mode mode, Runnable done) {
        setHeaderTitle(t(mode == Mode.CHANGE ? TransferUiText.ACTION_CHANGE : mode == Mode.CORRECTION
                ? TransferUiText.ACTION_CORRECTION : TransferUiText.ACTION_WITHDRAW));
        setWidth("560px");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        reason.setId("change-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        date.setValue(TransferSupport.today(getClass()));
        if (mode == Mode.CHANGE) {
            type.setId("change-type");
            type.setLabel(t(TransferUiText.FIELD_TYPE));
            List<org.xueji.transfer.api.LocalChangeType> locals = localTypes(actor, transfers);
            List<ChangeType> offered = new java.util.ArrayList<>(SCHOOL_TYPES);
            if (!locals.isEmpty()) {
                offered.add(ChangeType.LOCAL);
            }
            type.setItems(offered);
            type.setItemLabelGenerator(v -> v.format(UiContext.locale()));
            localType.setId("change-local-type");
            localType.setLabel(t(TransferUiText.FIELD_LOCAL_TYPE));
            localType.setItems(locals);
            localType.setItemLabelGenerator(v -> v.format(UiContext.locale()));
            localType.setVisible(false);
            type.addValueChangeListener(e -> localType.setVisible(e.getValue() == ChangeType.LOCAL));
            targetClass.setId("change-class");
            targetClass.setLabel(t(TransferUiText.FIELD_CLASS));
            targetClass.setItemLabelGenerator(c -> Grades.className(c.gradeLevel(), c.classNumber()));
            targetClass.setItems(classes(actor, schoolId));
            otherSide.setId("change-other-side");
            body.add(type, localType, targetClass, date, plannedReturn, otherSide);
        } else if (mode == Mode.CORRECTION) {
            name.setId("change-name");
            sex.setId("change-sex");
            sex.setLabel(t(TransferUiText.FIELD_SEX));
            sex.setItems(Sex.values());
            sex.setEmptySelectionAllowed(true);
            sex.setItemLabelGenerator(s -> s == null ? "" : s == Sex.MALE ? t(TransferUiText.MALE) : t(TransferUiText.FEMALE));
            idNumber.setId("change-id-number");
            ethnicity.setId("change-ethnicity");
            body.add(name, sex, birth, idNumber, ethnicity);
        }
        body.add(reason, evidence);
        add(body);
        Button submit = new Button(t(TransferUiText.SUBMIT), e -> submit(actor, transfers, studentId, mode, done));
        submit.setId("change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t(TransferUiText.CANCEL), e -> close()), submit);
    }

    private static List<org.xueji.transfer.api.LocalChangeType> localTypes(Actor actor, TransferService transfers) {
        try {
            return transfers.localTypes(actor).types();
        } catch (DomainException e) {
            return List.of();
        }
    }

    private List<SchoolClass> classes(Actor actor, Long schoolId) {
        if (schoolId == null) {
            return List.of();
        }
        try {
            return UiContext.service(getClass(), SchoolService.class).listClasses(actor, schoolId);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private void submit(Actor actor, TransferService transfers, long studentId, Mode mode, Runnable done) {
        try {
            ChangeRequest r;
            if (mode == Mode.WITHDRAWAL) {
                r = transfers.withdraw(actor, studentId, reason.getValue(), evidence.uploads());
                Notify.success(r.status() == ChangeStatus.DONE ? t(TransferUiText.WITHDRAWN)
                        : t(TransferUiText.WITHDRAW_PENDING, r.id()));
            } else if (mode == Mode.CORRECTION) {
                KeyFields k = new KeyFields(blankToNull(name.getValue()), sex.getValue(), birth.getValue(), null,
                        blankToNull(idNumber.getValue()), blankToNull(ethnicity.getValue()));
                r = transfers.submit(actor, new NewChange(ChangeType.CORRECTION, studentId, null, null, null,
                        date.getValue(), reason.getValue(), null, null, true, k, null, evidence.uploads()));
                Notify.success(t(TransferUiText.SUBMITTED, r.id()));
            } else if (type.getValue() == ChangeType.LOCAL) {
                org.xueji.transfer.api.LocalChangeType local = localType.getValue();
                r = transfers.submit(actor, NewChange.local(studentId, local == null ? null : local.code(),
                        date.getValue(), reason.getValue(), evidence.uploads()));
                Notify.success(t(TransferUiText.SUBMITTED, r.id()));
            } else {
                SchoolClass c = targetClass.getValue();
                r = transfers.submit(actor, new NewChange(type.getValue(), studentId, null, c == null ? null : c.id(),
                        null, date.getValue(), reason.getValue(), plannedReturn.getValue(), blankToNull(otherSide.getValue()),
                        true, null, null, evidence.uploads()));
                Notify.success(t(TransferUiText.SUBMITTED, r.id()));
            }
            close();
            done.run();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
