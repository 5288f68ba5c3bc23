package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.PublicAdmission;
import org.xueji.admission.api.PublicResult;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.Season;
import org.xueji.admission.api.ServiceArea;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * The public page (no account, {@link org.xueji.ui.shell.api.ViewContribution#isPublic()}):
 * published plans, areas and the documents needed in plain words (no personal data); online
 * application; a family's own application and result by application number plus the child's ID
 * number (a wrong pair shows the same "nothing found" as an unknown number). Schools are shown by
 * id: the registry's school list needs an account.
 */
public class PublicAdmissionView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "public/admission";

    private final transient Locale locale = UiContext.locale();
    private final transient PublicAdmission admission;
    private final Select<Season> season = new Select<>();
    private final Grid<SchoolPlan> plans = new Grid<>();
    private final Grid<ServiceArea> areas = new Grid<>();
    private final VerticalLayout rules = new VerticalLayout();
    private final Span found = new Span();
    private final Grid<PublicResult> results = new Grid<>();
    private final com.vaadin.flow.component.select.Select<Long> school = new com.vaadin.flow.component.select.Select<>();
    private final com.vaadin.flow.component.select.Select<Long> resultSchool =
            new com.vaadin.flow.component.select.Select<>();
    private transient java.util.Map<Long, String> schoolNames = java.util.Map.of();
    private final ApplicationFormPanel form = new ApplicationFormPanel("apply", locale);

    public PublicAdmissionView() {
        admission = UiContext.service(getClass(), PublicAdmission.class);
        season.setId("public-season");
        season.setLabel(t(AdmissionUiText.SEASON));
        season.setItemLabelGenerator(s -> s.setup().year() + " / " + s.setup().grade());
        season.addValueChangeListener(e -> show());
        plans.setId("public-plans");
        plans.addColumn(p -> name(p.schoolId())).setHeader(t(AdmissionUiText.COL_SCHOOL));
        plans.addColumn(SchoolPlan::classes).setHeader(t(AdmissionUiText.CLASSES));
        plans.addColumn(SchoolPlan::seats).setHeader(t(AdmissionUiText.SEATS));
        plans.setAllRowsVisible(true);
        areas.setId("public-areas");
        areas.addColumn(ServiceArea::street).setHeader(t(AdmissionUiText.STREET));
        areas.addColumn(ServiceArea::community).setHeader(t(AdmissionUiText.COMMUNITY));
        areas.addColumn(a -> a.schoolIds().stream().map(this::name).collect(java.util.stream.Collectors.joining("、")))
                .setHeader(t(AdmissionUiText.SCHOOLS));
        areas.setAllRowsVisible(true);

        school.setLabel(t(AdmissionUiText.COL_SCHOOL));
        school.setId("apply-school");
        school.setItemLabelGenerator(this::name);
        Button apply = new Button(t(AdmissionUiText.SUBMIT), e -> {
            try {
                Application a = admission.apply(address(), season.getValue() == null ? -1 : season.getValue().id(),
                        form.form(school.getValue() == null ? -1 : school.getValue()));
                Span number = new Span(t(AdmissionUiText.NUMBER_GIVEN, a.number()));
                number.setId("apply-number");
                add(number);
                showProofs(a, form.idNumber());
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        apply.setId("apply-submit");

        TextField number = new TextField(t(AdmissionUiText.COL_NUMBER));
        number.setId("lookup-number");
        TextField id = new TextField(t(AdmissionUiText.ID_NUMBER));
        id.setId("lookup-id");
        found.setId("lookup-result");
        Button lookup = new Button(t(AdmissionUiText.LOOKUP), e -> {
            try {
                Optional<Application> a = admission.lookup(address(), number.getValue(), id.getValue());
                found.setText(a.map(x -> t(AdmissionUiText.YOUR_APPLICATION, x.number(), x.status().format(locale))
                        + (x.rejectionReason() == null ? "" : "：" + x.rejectionReason()))
                        .orElse(t(AdmissionUiText.LOOKUP_NOTHING)));
            } catch (DomainException ex) {
                Notify.error(ex);
            }
        });
        lookup.setId("lookup-submit");
        results.setId("public-results");
        results.addColumn(PublicResult::maskedNumber).setHeader(t(AdmissionUiText.COL_NUMBER));
        results.addColumn(PublicResult::maskedName).setHeader(t(AdmissionUiText.COL_NAME));
        results.addColumn(r -> r.status().format(locale)).setHeader(t(AdmissionUiText.COL_STATUS));
        resultSchool.setLabel(t(AdmissionUiText.COL_SCHOOL));
        resultSchool.setId("results-school");
        resultSchool.setItemLabelGenerator(this::name);
        resultSchool.addValueChangeListener(e -> results.setItems(season.getValue() == null || e.getValue() == null
                ? List.of() : admission.results(season.getValue().id(), e.getValue())));
        add(new H2(t(AdmissionUiText.PUBLIC_TITLE)), season, new H3(t(AdmissionUiText.PLANS)), plans,
                new H3(t(AdmissionUiText.AREAS)), areas, new H3(t(AdmissionUiText.PLAIN_WORDS)), rules,
                new H3(t(AdmissionUiText.APPLY_TITLE)), school, form, apply,
                new H3(t(AdmissionUiText.LOOKUP)), new HorizontalLayout(number, id, lookup), found,
                new H3(t(AdmissionUiText.RESULTS)), resultSchool, results);
        List<Season> published = admission.publishedSeasons();
        season.setItems(published);
        if (!published.isEmpty()) {
            season.setValue(published.get(0));
        }
    }

    /**
     * After submitting, the family uploads its proofs (issue 12, item 2), with its application number and
     * the child's ID number like every other public action; the server judges and counts each file.
     */
    private void showProofs(Application a, String childIdNumber) {
        Season s = season.getValue();
        if (s == null) {
            return;
        }
        Span hint = new Span(t(AdmissionUiText.EVIDENCE_AFTER_SUBMIT));
        ProofUploads proofs = new ProofUploads("apply");
        proofs.show(ProofUploads.proofsOf(s, a.form().category()), (proof, name, bytes) -> admission.uploadEvidence(
                address(), a.number(), childIdNumber, proof, name, bytes), () -> { });
        add(hint, proofs);
    }

    /** The address the throttle counts: the browser's, as the servlet saw it. */
    private static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }

    /** A school's name as the public page shows it (the season's published schools). */
    private String name(Long schoolId) {
        return schoolId == null ? "" : schoolNames.getOrDefault(schoolId, "#" + schoolId);
    }

    private void show() {
        Season s = season.getValue();
        schoolNames = s == null ? java.util.Map.of() : admission.schoolNames(s.id());
        school.setItems(schoolNames.keySet());
        resultSchool.setItems(schoolNames.keySet());
        form.season(s);
        plans.setItems(s == null ? List.of() : s.plans());
        areas.setItems(s == null ? List.of() : s.areas());
        rules.removeAll();
        if (s != null) {
            for (DocumentRule r : s.documentRules()) {
                List<String> asked = ProofUploads.proofsOf(s, r.category());
                String words = locale.getLanguage().equals("en") ? r.plainWordsEn() : r.plainWordsZh();
                Paragraph p = new Paragraph(r.category().format(locale) + "："
                        + (asked.isEmpty() ? t(AdmissionUiText.PROOFS_NONE)
                                : asked.stream().map(ProofUploads::label).collect(java.util.stream.Collectors.joining("、")))
                        + (words == null || words.isBlank() ? "" : "。" + words));
                p.setId("public-rule-" + r.category().name());
                rules.add(p);
            }
        }
    }
}
