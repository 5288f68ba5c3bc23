package org.xueji.ui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.workflow.PendingCount;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.ui.shell.api.DashboardContribution;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DashboardCard;

/** Home dashboard card 待办审批 (R17): how many steps wait for the user's decision, how many are overdue. */
@org.osgi.service.component.annotations.Component(service = DashboardContribution.class)
public class PendingCard implements DashboardContribution {

    private final WorkflowService workflow;

    @Activate
    public PendingCard(@Reference WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public Component createCard(Actor actor) {
        Locale locale = UiContext.locale();
        DashboardCard card = new DashboardCard("pending-card", WorkflowUiText.CARD_TITLE.in(locale));
        card.getStyle().set("max-width", "28em");
        PendingCount counts;
        try {
            counts = workflow.pendingCount(actor);
        } catch (DomainException e) {
            return card.note(e.message(locale));
        }
        card.count(WorkflowUiText.CARD_PENDING.in(locale), "pending-count", counts.pending(), false);
        Span overdue = new Span(WorkflowUiText.CARD_OVERDUE.in(locale, counts.overdue()));
        overdue.setId("pending-overdue");
        if (counts.overdue() > 0) {
            overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        Anchor link = new Anchor(InboxView.ROUTE, WorkflowUiText.CARD_LINK.in(locale));
        link.setId("pending-link");
        return card.content(overdue, link);
    }

    @Override
    public int order() {
        return 5;
    }
}
