package org.xueji.ui.workflow;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.xueji.ui.shell.api.ModuleView;
import org.xueji.ui.shell.api.ViewContribution;

/** 待办审批 in the menu, first; every logged-in user (the service shows each only their steps). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class InboxContribution extends ModuleView {

    public InboxContribution() {
        super(InboxView.ROUTE, InboxView.class, WorkflowUiText.INBOX_TITLE, WorkflowUiText.GROUP, VaadinIcon.TASKS, 1,
                null);
    }
}
