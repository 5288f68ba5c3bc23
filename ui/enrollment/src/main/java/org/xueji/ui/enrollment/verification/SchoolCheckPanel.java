package org.xueji.ui.enrollment.verification;

import static org.xueji.ui.enrollment.verification.VerificationSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.xueji.enrollment.api.Discrepancy;
import org.xueji.enrollment.api.SchoolVerification;
import org.xueji.enrollment.api.VerificationCampaign;
import org.xueji.enrollment.api.VerificationService;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.ui.shell.api.UiContext;

/**
 * One school's check in a campaign (R18): its state, the two ways to record who is at school
 * (upload a roster, or tick presence class by class), the three lists of findings with their
 * resolutions, and closing the check once every finding is resolved.
 */
final class SchoolCheckPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;
    private final transient VerificationService verifications;
    private final boolean canWork;
    private final H3 title = new H3();
    private final HorizontalLayout statusLine = new HorizontalLayout();
    private final Span summary = new Span();
    private final Span grade9 = new Span();
    private final Span closedInfo = new Span();
    private final VerticalLayout work = new VerticalLayout();
    private final DiscrepancyList lists;
    private final Button close = new Button();
    private final Span closeReason = new Span();
    private transient SchoolVerification verification;

    SchoolCheckPanel(Actor actor, VerificationService verifications, VerificationCampaign campaign, long schoolId,
                     Runnable back) {
        this.actor = actor;
        this.verifications = verifications;
        this.canWork = VerificationSupport.canWork(actor);
        setId("ver-school");
        setPadding(false);
        verification = verifications.forSchool(actor, campaign.id(), schoolId);

        HorizontalLayout head = new HorizontalLayout();
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (back != null) {
            Button backButton = new Button(t(VerificationUiText.BACK_TO_SCHOOLS), VaadinIcon.ARROW_LEFT.create(),
                    e -> back.run());
            backButton.setId("ver-back");
            backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            head.add(backButton);
        }
        title.getStyle().set("margin", "0");
        head.add(title);
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("ver-summary");
        grade9.setId("ver-grade9");
        closedInfo.setId("ver-closed-info");
        closedInfo.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span due = new Span(t(VerificationUiText.CAMPAIGN_DUE, String.valueOf(campaign.dueDate())));
        due.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(head, due, statusLine, grade9, closedInfo);

        // a closed check takes no more rosters or ticks
        if (canWork && verification.status() != SchoolVerification.Status.CLOSED) {
            work.setPadding(false);
            work.add(sectionHeading(VerificationUiText.STEP_UPLOAD),
                    new RosterUploadSection(actor, verifications, verification.id(), this::compared),
                    sectionHeading(VerificationUiText.STEP_PRESENCE),
                    new PresenceSection(actor, verifications, verification, this::compared));
            add(work);
        }

        add(sectionHeading(VerificationUiText.STEP_RESULTS));
        lists = new DiscrepancyList(this::openResolve);
        add(lists);

        close.setId("ver-close");
        close.setText(t(VerificationUiText.CLOSE_CHECK));
        close.setIcon(VaadinIcon.CHECK.create());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        close.addClickListener(e -> Confirm.open(t(VerificationUiText.CLOSE_CHECK),
                t(VerificationUiText.CLOSE_CONFIRM, verification.schoolName()), t(VerificationUiText.CLOSE_CHECK),
                this::closeCheck));
        closeReason.setId("ver-close-reason");
        closeReason.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout closeRow = new HorizontalLayout(close, closeReason);
        closeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        closeRow.setVisible(canWork);
        add(closeRow);

        refresh();
    }

    private static H4 sectionHeading(VerificationUiText text) {
        H4 h = new H4(t(text));
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        return h;
    }

    /** After an upload or a class submission: the service compared; show the new state and lists. */
    private void compared(SchoolVerification updated) {
        verification = updated;
        refresh();
    }

    /** Re-reads the check and its findings. */
    private void reload() {
        try {
            verification = verifications.get(actor, verification.id());
        } catch (DomainException e) {
            UiContext.showError(e);
        }
        refresh();
    }

    private void refresh() {
        SchoolVerification v = verification;
        title.setText(v.schoolName());
        statusLine.removeAll();
        Span status = VerificationSupport.statusBadge(v.status());
        status.setId("ver-status");
        summary.setText(t(VerificationUiText.SUMMARY, v.rosterSize(), v.recordCount(), v.discrepancies(),
                v.unresolved()));
        statusLine.add(status, summary);

        grade9.setVisible(v.grade9WithoutRecord() > 0);
        if (v.grade9WithoutRecord() > 0) {
            grade9.setText(t(VerificationUiText.GRADE9_WARNING, v.grade9WithoutRecord()));
            grade9.addClassName("risk");
            grade9.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        boolean closed = v.status() == SchoolVerification.Status.CLOSED;
        closedInfo.setVisible(closed);
        if (closed) {
            closedInfo.setText(t(VerificationUiText.CLOSED_INFO, VerificationSupport.minutes(v.closedAt()),
                    v.closedBy() == null ? "" : v.closedBy()));
        }
        work.setVisible(!closed);

        List<Discrepancy> found;
        try {
            found = verifications.discrepancies(actor, v.id());
        } catch (DomainException e) {
            UiContext.showError(e);
            found = List.of();
        }
        lists.setItems(found, canWork && !closed);
        updateClose(v);
    }

    /** 完成核查 only when something was compared and nothing is open; otherwise say why. */
    private void updateClose(SchoolVerification v) {
        VerificationUiText reason = CloseState.reason(v);
        close.setEnabled(reason == null);
        closeReason.setText(reason == null ? ""
                : reason == VerificationUiText.CLOSE_BLOCKED_UNRESOLVED ? t(reason, v.unresolved())
                : reason == VerificationUiText.CLOSE_BLOCKED_CLASSES ? t(reason, v.untickedClasses()) : t(reason));
    }

    private void openResolve(Discrepancy d) {
        new ResolveDialog(actor, verifications, d, resolved -> {
            UiContext.showSuccess(t(VerificationUiText.RESOLVED, resolved.name() == null ? "" : resolved.name()));
            reload();
        }).open();
    }

    private void closeCheck() {
        try {
            verification = verifications.close(actor, verification.id());
        } catch (DomainException e) {
            UiContext.showError(e);
            reload();
            return;
        }
        UiContext.showSuccess(t(VerificationUiText.CLOSED_DONE, verification.schoolName()));
        refresh();
    }
}
