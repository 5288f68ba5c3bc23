package org.xueji.ui.specialneeds;

import static org.xueji.ui.specialneeds.SnSupport.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.registry.api.School;
import org.xueji.specialneeds.api.Assessment;
import org.xueji.specialneeds.api.Child;
import org.xueji.specialneeds.api.ChildQuery;
import org.xueji.specialneeds.api.ChildStatus;
import org.xueji.specialneeds.api.Evidence;
import org.xueji.specialneeds.api.Plan;
import org.xueji.specialneeds.api.SpecialNeedsService;
import org.xueji.specialneeds.api.Visit;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.EmptyState;
import org.xueji.ui.shell.kit.Notify;

/**
 * 特殊儿童登记与安置 (R25, R26): the children in the user's scope (a school its own, a town
 * official the towns, the district all), and for the chosen child its R26 status, assessments,
 * plans (printable) and visits. Registering, assessing and planning open dialogs; the
 * decisions are taken in the 待办 inbox.
 */
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "special-needs";

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient SpecialNeedsService service;
    private final transient List<School> schools;
    private final transient Map<Long, String> names;
    private final Grid<Child> grid = new Grid<>();
    private final Div detail = new Div();

    public RegisterView() {
        setSizeFull();
        if (!actor.has(Permission.VIEW_SPECIAL_NEEDS)) {
            service = null;
            schools = List.of();
            names = Map.of();
            return;
        }
        service = UiContext.service(getClass(), SpecialNeedsService.class);
        schools = SchoolsInScope.of(getClass(), actor);
        names = SchoolsInScope.names(schools);
        H2 heading = new H2(t(SpecialNeedsUiText.REGISTER_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(SpecialNeedsUiText.REGISTER_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        if (actor.has(Permission.RECORD_SPECIAL_NEEDS)) {
            Button register = new Button(t(SpecialNeedsUiText.ACTION_REGISTER),
                    e -> new ChildDialog(actor, service, schools, this::refresh).open());
            register.setId("sn-register");
            add(register);
        }
        grid.setId("sn-children");
        grid.addColumn(Child::id).setHeader(t(SpecialNeedsUiText.COL_ID)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.data().name()).setHeader(t(SpecialNeedsUiText.COL_NAME)).setAutoWidth(true);
        grid.addColumn(c -> c.data().town() + (c.data().village() == null ? "" : " " + c.data().village()))
                .setHeader(t(SpecialNeedsUiText.COL_TOWN)).setAutoWidth(true);
        grid.addColumn(c -> names.getOrDefault(c.data().schoolId(), "#" + c.data().schoolId()))
                .setHeader(t(SpecialNeedsUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(c -> c.data().disability().label() + (c.data().degree() > 0 ? " " + c.data().degree() : ""))
                .setHeader(t(SpecialNeedsUiText.COL_DISABILITY)).setAutoWidth(true);
        grid.addColumn(c -> SnSupport.placement(c.placement())).setHeader(t(SpecialNeedsUiText.COL_PLACEMENT))
                .setAutoWidth(true);
        grid.addColumn(c -> c.reviewDue() == null ? "" : c.reviewDue().toString())
                .setHeader(t(SpecialNeedsUiText.COL_REVIEW)).setAutoWidth(true);
        EmptyState.on(grid, t(SpecialNeedsUiText.EMPTY));
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        grid.setHeight("45%");
        detail.setId("sn-detail");
        detail.setWidthFull();
        add(grid, detail);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(service.children(actor, ChildQuery.ALL));
        } catch (DomainException e) {
            Notify.error(e);
        }
        showDetail(null);
    }

    private void showDetail(Child c) {
        detail.removeAll();
        if (c == null) {
            return;
        }
        try {
            ChildStatus status = service.status(actor, c.id());
            Span line = new Span(status.compliance() == null ? SnSupport.placement(c.placement())
                    : t(SpecialNeedsUiText.STATUS_LINE, SnSupport.status(status), status.compliance().semester().label(),
                    status.compliance().counted()));
            line.setId("sn-detail-status");
            line.getElement().setAttribute("data-status", status.status().name());
            detail.add(new H4(c.data().name() + " #" + c.id()), line);
            if (actor.has(Permission.RECORD_SPECIAL_NEEDS)) {
                Button assess = new Button(t(SpecialNeedsUiText.ACTION_ASSESS),
                        e -> new AssessmentDialog(actor, service, c.id(), this::refresh).open());
                assess.setId("sn-assess");
                Button plan = new Button(t(SpecialNeedsUiText.ACTION_PLAN),
                        e -> new PlanDialog(actor, service, c.id(), SnSupport.today(getClass()), this::refresh).open());
                plan.setId("sn-plan");
                plan.setEnabled(c.homeTeaching());
                Button edit = new Button(t(SpecialNeedsUiText.ACTION_EDIT_CHILD),
                        e -> new ChildDialog(actor, service, schools, c, this::refresh).open());
                edit.setId("sn-edit-child");
                Button remove = new Button(t(SpecialNeedsUiText.ACTION_REMOVE_CHILD),
                        e -> new RemoveChildDialog(actor, service, c.id(), this::refresh).open());
                remove.setId("sn-remove-child");
                detail.add(new HorizontalLayout(assess, plan, edit, remove));
            }
            detail.add(new H4(t(SpecialNeedsUiText.ASSESSMENTS)));
            for (Assessment a : service.assessments(actor, c.id())) {
                detail.add(new Paragraph(t(SpecialNeedsUiText.ASSESSMENT_LINE, a.data().sessionDate(),
                        SnSupport.placement(a.data().conclusion()), a.status().format(locale))));
            }
            detail.add(new H4(t(SpecialNeedsUiText.PLANS)));
            for (Plan p : service.plans(actor, c.id())) {
                Anchor print = new Anchor();
                print.setText(t(SpecialNeedsUiText.ACTION_PRINT));
                print.setId("sn-plan-print-" + p.id());
                pointAtPdf(print, p.id());
                detail.add(new Div(new Span(t(SpecialNeedsUiText.PLAN_LINE, p.data().schoolYear(),
                        p.data().semester(), p.version(), p.status().format(locale)) + " "), print));
            }
            detail.add(new H4(t(SpecialNeedsUiText.VISITS)));
            for (Visit v : service.visits(actor, c.id())) {
                Paragraph visitLine = new Paragraph(t(SpecialNeedsUiText.VISIT_LINE, v.date(), v.start(), v.end(),
                        v.periods(), String.join(",", v.teachers())));
                visitLine.setId("sn-visit-" + v.id());
                detail.add(visitLine);
                if (!v.photoIds().isEmpty()) {
                    detail.add(thumbnails(v));
                }
            }
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    /**
     * The visit's photos as small thumbnails, each a link to the full image. Every image is fetched
     * through {@link SpecialNeedsService#evidence} with the logged-in actor, so only accounts that
     * may see the child get the bytes (and each view is audited there).
     */
    private Div thumbnails(Visit v) {
        Div row = new Div();
        row.setId("sn-visit-photos-" + v.id());
        row.getElement().setAttribute("aria-label", t(SpecialNeedsUiText.VISIT_PHOTOS));
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        Actor viewing = actor;
        for (long photoId : v.photoIds()) {
            DownloadHandler image = DownloadHandler.fromInputStream(event -> {
                try {
                    Evidence e = UiContext.service(RegisterView.class, SpecialNeedsService.class)
                            .evidence(viewing, photoId);
                    String type = "JPEG".equals(e.kind()) ? "image/jpeg" : "image/png";
                    return new DownloadResponse(new ByteArrayInputStream(e.content()),
                            "photo-" + photoId + ("JPEG".equals(e.kind()) ? ".jpg" : ".png"), type, e.content().length);
                } catch (DomainException e) {
                    return DownloadResponse.error(403);
                }
            }).inline();
            Image thumb = new Image(image, t(SpecialNeedsUiText.VISIT_PHOTOS) + " " + photoId);
            thumb.setId("sn-photo-" + photoId);
            thumb.getStyle().set("width", "72px").set("height", "72px").set("object-fit", "cover")
                    .set("border-radius", "var(--lumo-border-radius-s)").set("border", "1px solid var(--lumo-contrast-20pct)");
            Anchor open = new Anchor(image, "");
            open.setTarget("_blank");
            open.add(thumb);
            row.add(open);
        }
        return row;
    }

    /** The plan's PDF, printed by the logged-in user (the actor is taken now: downloads run outside the UI's request). */
    private void pointAtPdf(Anchor anchor, long planId) {
        Actor printing = actor;
        String fileName = "一人一案-" + planId + ".pdf";
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = UiContext.service(RegisterView.class, SpecialNeedsService.class)
                        .planPdf(printing, planId);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
            } catch (DomainException e) {
                return DownloadResponse.error(403);
            }
        }));
        anchor.getElement().setAttribute("download", fileName);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SnSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        return SnSupport.pageTitle(SpecialNeedsUiText.REGISTER_TITLE);
    }
}
