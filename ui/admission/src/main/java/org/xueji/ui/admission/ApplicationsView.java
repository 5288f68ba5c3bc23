package org.xueji.ui.admission;

import static org.xueji.ui.admission.AdmissionUiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.xueji.admission.api.AdmissionService;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.PublicMask;
import org.xueji.admission.api.Season;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.Notify;

/**
 * 入学申请 (R24, R27): the school's applications of a season (names masked in the list), entry at
 * the counter, and the review — accept, or reject with the reason the family sees.
 */
public class ApplicationsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "admission/applications";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient AdmissionService admission;
    private final Select<Season> season = new Select<>();
    private final Grid<Application> grid = new Grid<>();
    /** Narrows the list to one status (empty: all); the grid pages through the service. */
    private final Select<ApplicationStatus> status = new Select<>();
    private final Span total = new Span();
    private final TextField reason = new TextField(t(AdmissionUiText.REASON));
    private final ApplicationFormPanel counter;
    /** The selected application's proofs: upload at the counter, open the stored files (issue 12, item 2). */
    private final ProofUploads proofs = new ProofUploads("admission");

    public ApplicationsView() {
        setSizeFull();
        admission = UiContext.service(getClass(), AdmissionService.class);
        counter = new ApplicationFormPanel("counter", locale);
        if (!actor.has(Permission.REVIEW_ADMISSION)) {
            return;
        }
        season.setId("admission-season");
        season.setLabel(t(AdmissionUiText.SEASON));
        season.setItemLabelGenerator(s -> s.setup().year() + " / " + s.setup().grade());
        season.setItems(admission.seasons(actor));
        season.addValueChangeListener(e -> {
            counter.season(e.getValue());
            reload();
        });
        status.setId("admission-status-filter");
        status.setLabel(t(AdmissionUiText.COL_STATUS));
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(st -> st == null ? "" : st.format(locale));
        status.setEmptySelectionAllowed(true);
        status.addValueChangeListener(e -> reload());
        total.setId("admission-total");
        grid.setId("admission-applications");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Application::number).setHeader(t(AdmissionUiText.COL_NUMBER)).setAutoWidth(true);
        grid.addColumn(a -> PublicMask.name(a.form().childName())).setHeader(t(AdmissionUiText.COL_NAME));
        grid.addColumn(a -> a.form().category().format(locale)).setHeader(t(AdmissionUiText.COL_CATEGORY));
        grid.addColumn(a -> a.status().format(locale)).setHeader(t(AdmissionUiText.COL_STATUS));
        grid.addColumn(a -> a.rejectionReason() == null ? "" : a.rejectionReason())
                .setHeader(t(AdmissionUiText.COL_REASON));
        grid.asSingleSelect().addValueChangeListener(e -> showProofs(e.getValue()));
        reason.setId("admission-reason");
        Button accept = new Button(t(AdmissionUiText.ACCEPT), e -> review(true));
        accept.setId("admission-accept");
        Button reject = new Button(t(AdmissionUiText.REJECT), e -> review(false));
        reject.setId("admission-reject");
        Button submit = new Button(t(AdmissionUiText.SUBMIT), e -> submitAtCounter());
        submit.setId("counter-submit");
        grid.setPageSize(50);
        grid.setItems(q -> season.getValue() == null ? java.util.stream.Stream.empty()
                        : admission.applications(actor, query(), q.getOffset(), q.getLimit()).stream(),
                q -> season.getValue() == null ? 0 : admission.countApplications(actor, query()));
        add(new H2(t(AdmissionUiText.APPLICATIONS_TITLE)), new HorizontalLayout(season, status), total, grid, new HorizontalLayout(reason, accept, reject),
                new H3(t(AdmissionUiText.EVIDENCE)), proofs,
                new H2(t(AdmissionUiText.NEW_APPLICATION)), counter, submit);
        season.getListDataView().getItems().findFirst().ifPresent(season::setValue);
    }

    private ApplicationQuery query() {
        return new ApplicationQuery(season.getValue().id(), null, status.getValue());
    }

    /** Re-reads the list (paged by the grid) and its count. */
    private void reload() {
        try {
            int count = season.getValue() == null ? 0 : admission.countApplications(actor, query());
            total.setText(t(AdmissionUiText.TOTAL, count));
            grid.getDataProvider().refreshAll();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void showProofs(Application a) {
        if (a == null || season.getValue() == null) {
            proofs.show(List.of(), null, () -> { });
            return;
        }
        try {
            proofs.show(ProofUploads.proofsOf(season.getValue(), a.form().category()),
                    (proof, name, bytes) -> admission.uploadEvidence(actor, a.id(), proof, name, bytes),
                    () -> proofs.list(admission, actor, a));
            proofs.list(admission, actor, a);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void review(boolean accept) {
        grid.getSelectedItems().stream().findFirst().ifPresent(a -> {
            try {
                admission.review(actor, a.id(), accept, reason.getValue());
                Notify.success(t(AdmissionUiText.SAVED));
                reload();
            } catch (DomainException e) {
                Notify.error(e);
            }
        });
    }

    private void submitAtCounter() {
        if (season.getValue() == null || actor.schoolId() == null) {
            return;
        }
        try {
            Application a = admission.apply(actor, season.getValue().id(), counter.form(actor.schoolId()));
            Notify.success(t(AdmissionUiText.NUMBER_GIVEN, a.number()));
            reload();
            grid.select(a); // its proofs can be uploaded right away
        } catch (DomainException e) {
            Notify.error(e);
        }
    }
}
