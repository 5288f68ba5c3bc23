package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.registry.api.Grades;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolClass;
import org.xueji.registry.api.SchoolService;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.EvidenceUpload;

/**
 * The receiving side of a transfer, shared by 发起转学 (within the district) and 发起转入 (from outside): the
 * receiving school (a district account picks it; a school account receives into its own), a class of that
 * school, date, reason, the district's R8 override reason, the admission-conditions box and the three R9/R11
 * evidence uploads. Element ids are {@code <prefix>-target-school}, {@code -class}, {@code -date},
 * {@code -reason}, {@code -override}, {@code -conditions} and {@code -evidence-<category>}. The service judges
 * everything again.
 */
final class ReceivingSideFields extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    /** Only for a district account (a school account receives into its own school). */
    private final Select<School> targetSchool = new Select<>();
    private final Select<SchoolClass> targetClass = new Select<>();
    private final DatePicker date;
    private final TextArea reason = new TextArea(t(TransferUiText.FIELD_REASON));
    private final TextArea overrideReason = new TextArea(t(TransferUiText.FIELD_OVERRIDE));
    private final Checkbox conditions = new Checkbox(t(TransferUiText.FIELD_CONDITIONS), true);
    private final EvidenceUploads evidence;

    ReceivingSideFields(Actor actor, String idPrefix) {
        this.actor = actor;
        setPadding(false);
        boolean district = actor.isDistrictWide();
        targetSchool.setId(idPrefix + "-target-school");
        targetSchool.setLabel(t(TransferUiText.FIELD_TARGET_SCHOOL));
        targetSchool.setItemLabelGenerator(School::name);
        targetSchool.setVisible(district);
        targetSchool.addValueChangeListener(e -> targetClass.setItems(classesOf(
                e.getValue() == null ? null : e.getValue().id())));
        if (district) {
            targetSchool.setItems(schools());
        }
        targetClass.setId(idPrefix + "-class");
        targetClass.setLabel(t(TransferUiText.FIELD_CLASS));
        targetClass.setItemLabelGenerator(c -> Grades.className(c.gradeLevel(), c.classNumber()));
        targetClass.setItems(classesOf(actor.schoolId()));
        date = org.xueji.ui.shell.kit.DatePickers.create(idPrefix + "-date", t(TransferUiText.FIELD_DATE));
        date.setValue(TransferSupport.today(getClass()));
        reason.setId(idPrefix + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        overrideReason.setId(idPrefix + "-override");
        overrideReason.setWidthFull();
        overrideReason.setMaxLength(500);
        overrideReason.setVisible(district);
        conditions.setId(idPrefix + "-conditions");
        Map<EvidenceCategory, TransferUiText> categories = new LinkedHashMap<>();
        categories.put(EvidenceCategory.HOUSEHOLD, TransferUiText.EVIDENCE_HOUSEHOLD);
        categories.put(EvidenceCategory.REGISTRATION_FORM, TransferUiText.EVIDENCE_FORM);
        categories.put(EvidenceCategory.ADMISSION_CONDITIONS, TransferUiText.EVIDENCE_CONDITIONS);
        evidence = new EvidenceUploads(idPrefix + "-evidence", categories);
        add(targetSchool, targetClass, date, reason, overrideReason, conditions, evidence);
    }

    /** The receiving school: the user's own, or the one a district user picked ({@code null} before that). */
    Long receivingSchool() {
        if (!actor.isDistrictWide()) {
            return actor.schoolId();
        }
        return targetSchool.getValue() == null ? null : targetSchool.getValue().id();
    }

    /** The chosen class, or {@code null}. */
    SchoolClass targetClass() {
        return targetClass.getValue();
    }

    /** Chooses the receiving school's class of this grade and number when it has one (a start from a finding). */
    void chooseClass(Integer gradeLevel, Integer classNumber) {
        if (gradeLevel == null || classNumber == null) {
            return;
        }
        classesOf(receivingSchool()).stream().filter(c -> c.gradeLevel() == gradeLevel
                && c.classNumber() == classNumber).findFirst().ifPresent(targetClass::setValue);
    }

    java.time.LocalDate date() {
        return date.getValue();
    }

    String reason() {
        return reason.getValue();
    }

    /** The district's R8 override reason, or {@code null} (none given, or a school account). */
    String overrideReason() {
        return overrideReason.isVisible() && !overrideReason.getValue().isBlank() ? overrideReason.getValue() : null;
    }

    boolean conditionsMet() {
        return conditions.getValue();
    }

    List<EvidenceUpload> evidence() {
        return evidence.uploads();
    }

    private List<SchoolClass> classesOf(Long schoolId) {
        if (schoolId == null) {
            return List.of();
        }
        try {
            return org.xueji.ui.shell.api.UiContext.service(getClass(), SchoolService.class).listClasses(actor, schoolId);
        } catch (DomainException e) {
            return List.of();
        }
    }

    private List<School> schools() {
        try {
            return org.xueji.ui.shell.api.UiContext.service(getClass(), SchoolService.class).listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }
}
