package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xueji.admission.api.ApplicationForm;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.ResidencePermit;
import org.xueji.admission.api.Season;
import org.xueji.registry.api.HouseholdType;
import org.xueji.ui.shell.kit.DatePickers;

/**
 * The application form, shared by the school's counter and the public page (element ids with a
 * prefix per page). The permit fields show for 随迁子女 only; the server judges everything.
 */
class ApplicationFormPanel extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final TextField name = new TextField(t(AdmissionUiText.CHILD_NAME));
    private final TextField idNumber = new TextField(t(AdmissionUiText.ID_NUMBER));
    private final Select<Category> category = new Select<>();
    private final TextField guardian = new TextField(t(AdmissionUiText.GUARDIAN));
    private final TextField phone = new TextField(t(AdmissionUiText.PHONE));
    private final TextField street = new TextField(t(AdmissionUiText.STREET));
    private final TextField community = new TextField(t(AdmissionUiText.COMMUNITY));
    /** 户口性质 as registry-api's code; the label in the user's language. */
    private final Select<HouseholdType> household = new Select<>();
    private final TextField permitNumber = new TextField(t(AdmissionUiText.PERMIT_NUMBER));
    private final TextField permitIssuer = new TextField(t(AdmissionUiText.PERMIT_ISSUER));
    private final DatePicker permitFrom;
    private final DatePicker permitUntil;
    private final DatePicker residentSince;
    /** The category's short list of the chosen season, ticked by what the family has (R27: nothing more). */
    private final CheckboxGroup<String> proofs = new CheckboxGroup<>(t(AdmissionUiText.PROOFS));
    private transient Season season;

    ApplicationFormPanel(String prefix, Locale locale) {
        name.setId(prefix + "-name");
        idNumber.setId(prefix + "-id");
        category.setId(prefix + "-category");
        category.setLabel(t(AdmissionUiText.CATEGORY));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c.format(locale));
        category.setValue(Category.HOUSEHOLD);
        guardian.setId(prefix + "-guardian");
        phone.setId(prefix + "-phone");
        street.setId(prefix + "-street");
        community.setId(prefix + "-community");
        household.setId(prefix + "-household");
        household.setLabel(t(AdmissionUiText.HOUSEHOLD_TYPE));
        household.setItems(HouseholdType.values());
        household.setItemLabelGenerator(h -> t(h == HouseholdType.AGRICULTURAL ? AdmissionUiText.HOUSEHOLD_AGRICULTURAL
                : AdmissionUiText.HOUSEHOLD_NON_AGRICULTURAL));
        household.setEmptySelectionAllowed(true);
        permitNumber.setId(prefix + "-permit-number");
        permitIssuer.setId(prefix + "-permit-issuer");
        permitFrom = DatePickers.create(prefix + "-permit-from", t(AdmissionUiText.PERMIT_FROM));
        permitUntil = DatePickers.create(prefix + "-permit-until", t(AdmissionUiText.PERMIT_UNTIL));
        residentSince = DatePickers.create(prefix + "-resident-since", t(AdmissionUiText.RESIDENT_SINCE));
        proofs.setId(prefix + "-proofs");
        proofs.setItemLabelGenerator(ProofUploads::label);
        category.addValueChangeListener(e -> showPermit());
        add(name, idNumber, category, guardian, phone, street, community, household, permitNumber, permitIssuer,
                permitFrom, permitUntil, residentSince, proofs);
        showPermit();
    }

    private void showPermit() {
        boolean migrant = category.getValue() == Category.MIGRANT;
        for (var c : new com.vaadin.flow.component.Component[] {permitNumber, permitIssuer, permitFrom, permitUntil,
                residentSince}) {
            c.setVisible(migrant);
        }
        List<String> asked = season == null || category.getValue() == null ? List.of()
                : season.rule(category.getValue()).proofs();
        proofs.setItems(asked);
        proofs.setVisible(!asked.isEmpty());
    }

    /** The season applied to: its short list of proofs per category. */
    void season(Season s) {
        season = s;
        showPermit();
    }

    /** The child's ID number as typed (the family's key with the application number). */
    String idNumber() {
        return idNumber.getValue();
    }

    ApplicationForm form(long schoolId) {
        ResidencePermit permit = category.getValue() == Category.MIGRANT
                ? new ResidencePermit(permitNumber.getValue(), permitIssuer.getValue(), street.getValue(),
                        community.getValue(), permitFrom.getValue(), permitUntil.getValue(), residentSince.getValue())
                : null;
        Set<String> codes = Set.copyOf(proofs.getValue());
        return new ApplicationForm(schoolId, name.getValue(), idNumber.getValue(), category.getValue(),
                guardian.getValue(), phone.getValue(), street.getValue(), community.getValue(),
                household.getValue() == null ? null : household.getValue().name(),
                permit, codes);
    }
}
