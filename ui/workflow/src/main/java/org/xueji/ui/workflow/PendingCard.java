package org.xueji.ui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
        Div card = new Div();
        card.setId("pending-card");
        card.getStyle().set("padding", "var(--lumo-space-l)")
                .set("background-color", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "14em").set("max-width", "28em");
        H3 title = new H3(WorkflowUiText.CARD_TITLE.in(locale));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        card.add(title);
        PendingCount counts;
        try {
            counts = workflow.pendingCount(actor);
        } catch (DomainException e) {
            card.add(new Span(e.message(locale)));
            return card;
        }
        Span caption = new Span(WorkflowUiText.CARD_PENDING.in(locale));
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(String.valueOf(counts.pending()));
        number.setId("pending-count");
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)");
        Div line = new Div(caption, number);
        line.getStyle().set("display", "flex").set("justify-content", "space-between")
                .set("align-items", "baseline").set("gap", "var(--lumo-space-l)");
        card.add(line);
        Span overdue = new Span(WorkflowUiText.CARD_OVERDUE.in(locale, counts.overdue()));
        overdue.setId("pending-overdue");
        if (counts.overdue() > 0) {
            overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        card.add(overdue);
        Anchor link = new Anchor(InboxView.ROUTE, WorkflowUiText.CARD_LINK.in(locale));
        link.setId("pending-link");
        card.add(link);
        return card;
    }

    @Override
    public int order() {
        return 5;
    }
}
