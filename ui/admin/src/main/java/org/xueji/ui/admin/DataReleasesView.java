package org.xueji.ui.admin;

import org.xueji.ui.shell.api.Badges;
import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.api.release.DataReleaseStatus;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DataReleasePicker;

/**
 * 数据发布申请 (R4): requesters file requests with the bureau's written approval; district
 * approvers approve or reject pending ones. The view shows each actor only what they may do:
 * requesters the form, approvers the decision buttons; others are refused.
 */
public class DataReleasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "data-releases";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final boolean canRequest = actor.has(Permission.REQUEST_DATA_RELEASE);
    private final boolean canApprove = actor.has(Permission.APPROVE_DATA_RELEASE);
    private transient DataReleaseService releases;
    private transient List<School> schools = List.of();
    private transient Map<Long, String> schoolNames = Map.of();
    private final Grid<DataRelease> grid = new Grid<>();
    private final Span count = new Span();

    public DataReleasesView() {
        setSizeFull();
        setPadding(true);
        if (!canRequest && !canApprove) {
            return; // beforeEnter shows the access-denied page
        }
        releases = UiContext.service(getClass(), DataReleaseService.class);
        SchoolService schoolService = AdminSupport.optionalService(getClass(), SchoolService.class);
        if (schoolService != null) {
            try {
                schools = schoolService.listSchools(actor);
            } catch (DomainException e) {
                schools = List.of();
            }
        }
        schoolNames = schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));

        H2 heading = new H2(t(AdminUiText.RELEASES_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(AdminUiText.RELEASES_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        count.setId("releases-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.add(count);
        bar.expand(count);
        if (canRequest) {
            Button create = new Button(t(AdminUiText.RELEASE_NEW), VaadinIcon.PLUS.create(),
                    e -> new ReleaseRequestDialog(actor, releases, schools, this::reload).open());
            create.setId("release-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        configureGrid();
        add(heading, intro, bar, grid);
        expand(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("releases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DataRelease::id).setKey("id").setHeader(t(AdminUiText.COL_ID)).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setKey("status")
                .setHeader(t(AdminUiText.COL_STATUS)).setAutoWidth(true).setFlexGrow(0)
                .setComparator(DataRelease::status);
        grid.addColumn(r -> Objects.toString(r.requester(), "")).setKey("requester")
                .setHeader(t(AdminUiText.COL_REQUESTER)).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> ReleaseLabels.shorten(Objects.toString(r.purpose(), ""), 40)).setKey("purpose")
                .setHeader(t(AdminUiText.COL_PURPOSE)).setTooltipGenerator(DataRelease::purpose).setFlexGrow(1);
        grid.addColumn(r -> Objects.toString(r.recipient(), "")).setKey("recipient")
                .setHeader(t(AdminUiText.COL_RECIPIENT)).setAutoWidth(true);
        grid.addColumn(r -> ReleaseLabels.shorten(Objects.toString(r.dataScope(), ""), 40)).setKey("scope")
                .setHeader(t(AdminUiText.COL_SCOPE)).setTooltipGenerator(DataRelease::dataScope).setFlexGrow(1);
        // R4: the structured scope the exports enforce (empty for a request made before scopes)
        grid.addColumn(r -> DataReleasePicker.scopeText(r, UiContext.locale())).setKey("approvedScope")
                .setHeader(t(AdminUiText.FIELD_SCOPE_APPROVED)).setAutoWidth(true);
        grid.addColumn(this::schoolName).setKey("school").setHeader(t(AdminUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.approvalDocumentNumber(), "")
                        + (r.hasScannedApproval() ? " " + t(AdminUiText.SCAN_ATTACHED) : ""))
                .setKey("document").setHeader(t(AdminUiText.COL_DOCUMENT)).setAutoWidth(true);
        grid.addColumn(r -> AdminFormat.minutes(r.requestedAt(), AdminSupport.ZONE)).setKey("requestedAt")
                .setHeader(t(AdminUiText.COL_REQUESTED_AT)).setAutoWidth(true)
                .setComparator(Comparator.comparing(DataRelease::requestedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(this::decision).setKey("decision").setHeader(t(AdminUiText.COL_DECISION))
                .setTooltipGenerator(r -> Objects.toString(r.decisionNote(), "")).setAutoWidth(true);
        grid.addColumn(r -> AdminFormat.minutes(r.validUntil(), AdminSupport.ZONE)).setKey("validUntil")
                .setHeader(t(AdminUiText.COL_VALID_UNTIL)).setAutoWidth(true);
        grid.addColumn(ReleaseLabels::downloads).setKey("downloads").setHeader(t(AdminUiText.COL_DOWNLOADS))
                .setAutoWidth(true).setFlexGrow(0);
        if (canApprove) {
            grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                    .setHeader(t(AdminUiText.COL_ACTIONS)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(t(AdminUiText.RELEASES_EMPTY));
    }

    private Component statusBadge(DataRelease r) {
        String label = ReleaseLabels.status(r.status(), locale);
        Span badge;
        if (r.status() == DataReleaseStatus.APPROVED) {
            badge = Badges.success(label);
        } else if (r.status() == DataReleaseStatus.REJECTED) {
            badge = Badges.error(label);
        } else {
            badge = Badges.contrast(label);
        }
        badge.addClassName("release-status-" + (r.status() == null ? "none" : r.status().name().toLowerCase()));
        return badge;
    }

    private String schoolName(DataRelease r) {
        return r.schoolId() == null ? t(AdminUiText.WHOLE_DISTRICT)
                : schoolNames.getOrDefault(r.schoolId(), "#" + r.schoolId());
    }

    private String decision(DataRelease r) {
        if (r.decidedBy() == null) {
            return "";
        }
        String text = r.decidedBy() + " " + AdminFormat.minutes(r.decidedAt(), AdminSupport.ZONE);
        return r.decisionNote() == null || r.decisionNote().isBlank() ? text
                : text + "：" + ReleaseLabels.shorten(r.decisionNote(), 30);
    }

    private Component actions(DataRelease r) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.status() != DataReleaseStatus.PENDING) {
            return row;
        }
        Button approve = new Button(t(AdminUiText.ACTION_APPROVE),
                e -> new ReleaseDecisionDialog(actor, releases, r, true, this::reload).open());
        approve.setId("release-approve-" + r.id());
        approve.addClassName("release-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(t(AdminUiText.ACTION_REJECT),
                e -> new ReleaseDecisionDialog(actor, releases, r, false, this::reload).open());
        reject.setId("release-reject-" + r.id());
        reject.addClassName("release-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(approve, reject);
        return row;
    }

    private void reload() {
        List<DataRelease> list;
        try {
            list = new ArrayList<>(releases.list(actor));
        } catch (DomainException e) {
            UiContext.showError(e);
            list = new ArrayList<>();
        }
        // pending first (what an approver has to decide), then newest
        list.sort(Comparator.comparing((DataRelease r) -> r.status() != DataReleaseStatus.PENDING)
                .thenComparing(DataRelease::id, Comparator.reverseOrder()));
        grid.setItems(list);
        long pending = list.stream().filter(r -> r.status() == DataReleaseStatus.PENDING).count();
        count.setText(t(AdminUiText.RELEASES_COUNT, list.size(), pending));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!canRequest && !canApprove) {
            event.rerouteToError(new AccessDeniedException(PlatformMessages.PERMISSION_MISSING,
                    Permission.REQUEST_DATA_RELEASE.name()), "");
        }
    }

    @Override
    public String getPageTitle() {
        return AdminSupport.pageTitle(AdminUiText.RELEASES_TITLE);
    }
}
