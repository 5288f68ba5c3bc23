package org.xueji.ui.transfer;

import static org.xueji.ui.transfer.TransferSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.TransferService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;
import org.xueji.ui.shell.kit.Notify;

/**
 * 学籍异动: the changes from or to the user's school (the district: all), with the open step and
 * the working days left (overdue in red, R17); the sending school sees what it sent, read-only.
 */
public class TransferListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "transfers";
    /** R18: {@code transfers?finding=ID} starts a transfer from a 人在籍不在 finding. */
    static final String FINDING_PARAMETER = "finding";

    private final transient Actor actor = UiContext.actor();
    private final transient TransferService transfers;
    private final transient Map<Long, String> names;
    private final Checkbox pending = new Checkbox(t(TransferUiText.PENDING_ONLY));
    private final Checkbox overdue = new Checkbox(t(TransferUiText.OVERDUE_ONLY));
    private final Grid<ChangeRequest> grid = new Grid<>();
    private transient org.xueji.transfer.api.LocalTypes localTypes = org.xueji.transfer.api.LocalTypes.NONE;

    public TransferListView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_STUDENT)) {
            transfers = null;
            names = Map.of();
            return;
        }
        transfers = UiContext.service(getClass(), TransferService.class);
        names = TransferSupport.schoolNames(getClass(), actor);
        H2 heading = new H2(t(TransferUiText.LIST_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(TransferUiText.LIST_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        pending.setId("transfer-filter-pending");
        overdue.setId("transfer-filter-overdue");
        pending.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(pending, overdue);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actor.has(Permission.EDIT_STUDENT)) {
            Button start = new Button(t(TransferUiText.ACTION_START), VaadinIcon.PLUS.create(),
                    e -> new StartTransferDialog(actor, transfers, this::refresh).open());
            start.setId("transfer-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(start);
            Button startIn = new Button(t(TransferUiText.ACTION_START_IN), VaadinIcon.SIGN_IN.create(),
                    e -> new StartTransferInDialog(actor, transfers, this::refresh).open());
            startIn.setId("transfer-in-start");
            bar.add(startIn);
        }
        configureGrid();
        EmptyState.on(grid, t(TransferUiText.EMPTY));
        add(heading, intro, localTypeProblems(), bar, grid);
        expand(grid);
        refresh();
    }

    /** Skipped entries of the localTypes setting, said where the changes are listed (never a crash). */
    private com.vaadin.flow.component.html.Div localTypeProblems() {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
        box.setId("transfer-local-type-problems");
        try {
            localTypes = transfers.localTypes(actor);
            for (org.xueji.transfer.api.LocalTypes.Problem p : localTypes.problems()) {
                box.add(new Paragraph(org.xueji.transfer.api.TransferMessages.LOCAL_TYPE_SKIPPED.format(
                        UiContext.locale(), p.entry(), p.reason())));
            }
        } catch (org.xueji.platform.api.DomainException e) {
            localTypes = org.xueji.transfer.api.LocalTypes.NONE;
        }
        box.getStyle().set("color", "var(--lumo-error-text-color)");
        box.setVisible(box.getChildren().findAny().isPresent());
        return box;
    }

    /** The type's name; a local type by its configured name. */
    private String typeName(ChangeRequest r) {
        if (r.localCode() != null) {
            return localTypes.find(r.localCode()).map(t -> t.format(UiContext.locale()))
                    .orElse(r.type().format(UiContext.locale()) + " " + r.localCode());
        }
        return r.type().format(UiContext.locale());
    }

    private void configureGrid() {
        grid.setId("transfer-grid");
        grid.addColumn(ChangeRequest::id).setHeader(t(TransferUiText.COL_ID)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::typeName).setHeader(t(TransferUiText.COL_TYPE)).setAutoWidth(true);
        grid.addColumn(ChangeRequest::studentId).setHeader(t(TransferUiText.COL_STUDENT)).setAutoWidth(true);
        grid.addColumn(r -> TransferSupport.school(names, r.fromSchoolId())).setHeader(t(TransferUiText.COL_FROM));
        grid.addColumn(r -> TransferSupport.school(names, r.toSchoolId())).setHeader(t(TransferUiText.COL_TO));
        grid.addColumn(ChangeRequest::effectiveDate).setHeader(t(TransferUiText.COL_DATE)).setAutoWidth(true);
        grid.addColumn(r -> r.status().format(UiContext.locale()) + (r.readOnly() ? " " + t(TransferUiText.READ_ONLY) : ""))
                .setHeader(t(TransferUiText.COL_STATUS)).setAutoWidth(true);
        grid.addColumn(r -> TransferSupport.step(r.currentStep())).setHeader(t(TransferUiText.COL_STEP));
        grid.addComponentColumn(r -> {
            Span s = new Span(TransferSupport.daysLeft(r));
            s.setId("transfer-days-" + r.id());
            if (r.overdue()) {
                s.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                s.getElement().setAttribute("data-overdue", "true");
            }
            return s;
        }).setHeader(t(TransferUiText.COL_DAYS_LEFT)).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button details = new Button(t(TransferUiText.ACTION_DETAILS),
                    e -> new ChangeDetailsDialog(actor, transfers, r.id(), names, this::refresh).open());
            details.setId("transfer-details-" + r.id());
            details.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return details;
        }).setHeader(t(TransferUiText.COL_ACTIONS)).setAutoWidth(true);
    }

    void refresh() {
        try {
            List<ChangeRequest> rows = transfers.list(actor, new ChangeQuery(pending.getValue(), overdue.getValue(),
                    null, null), 0, 500);
            grid.setItems(rows);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!actor.has(Permission.VIEW_STUDENT)) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.VIEW_STUDENT.name()), "");
            return;
        }
        List<String> finding = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(FINDING_PARAMETER, List.of());
        if (!finding.isEmpty() && actor.has(Permission.EDIT_STUDENT)) {
            startFromFinding(finding.get(0));
        }
    }

    /**
     * R18 one-click start: the 人籍一致 check's 人在籍不在 finding opens the start dialog filled in — a transfer within
     * the district when a record was found elsewhere, else a transfer in from outside with the roster's values.
     */
    private void startFromFinding(String id) {
        try {
            var start = transfers.fromFinding(actor, Long.parseLong(id.strip()));
            if (start.transferInFromOutside()) {
                // no record of the child anywhere in the district: a transfer in from outside, prefilled from the roster
                StartTransferInDialog in = new StartTransferInDialog(actor, transfers, this::refresh);
                in.startFrom(start);
                in.open();
                return;
            }
            StartTransferDialog dialog = new StartTransferDialog(actor, transfers, this::refresh);
            dialog.startFrom(start);
            dialog.open();
        } catch (NumberFormatException e) {
            Notify.errorText(t(TransferUiText.FINDING_NO_RECORD));
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return TransferSupport.pageTitle(TransferUiText.LIST_TITLE);
    }
}
