package org.xueji.ui.shell.api;

import com.vaadin.flow.component.Component;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;

/** A card a module shows on the home dashboard. Register it as an OSGi service. */
public interface DashboardContribution {

    /** Builds the card for the current user (called in the UI thread for each visit). */
    Component createCard(Actor actor);

    default int order() {
        return 100;
    }

    default Permission requiredPermission() {
        return null;
    }
}
