package org.xueji.upgradeprobe.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.ui.shell.api.UiContext;

/**
 * The probe's page: which release is running ({@code probe-version}: {@code v2}) and its notes
 * ({@code probe-notes}), read through {@link ProbeNotes}.
 */
public class ProbeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "upgrade-probe";
    static final Permission PERMISSION = Permission.ADMINISTER_SYSTEM;

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();

    public ProbeView() {
        setSizeFull();
        if (!actor.has(PERMISSION)) {
            return; // beforeEnter shows the access-denied page
        }
        ProbeNotes notes = UiContext.service(getClass(), ProbeNotes.class);
        H2 heading = new H2(ProbeText.TITLE.format(locale));
        heading.getStyle().set("margin", "0");
        Span version = new Span(ProbeRelease.MARK);
        version.setId("probe-version");
        HorizontalLayout release = new HorizontalLayout(new Span(ProbeText.RELEASE.format(locale)), version);
        Grid<Note> grid = new Grid<>();
        grid.setId("probe-notes");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Note::text).setKey("text").setHeader(ProbeText.COL_TEXT.format(locale)).setFlexGrow(1);
        grid.addColumn(Note::priority).setKey("priority").setHeader(ProbeText.COL_PRIORITY.format(locale))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(ProbeText.EMPTY.format(locale));
        grid.setItems(notes.list(actor));
        add(heading, release, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!actor.has(PERMISSION)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING, PERMISSION.name()), "");
        }
    }

    @Override
    public String getPageTitle() {
        return ProbeText.PAGE_TITLE.format(locale, ProbeText.TITLE.format(locale));
    }
}
