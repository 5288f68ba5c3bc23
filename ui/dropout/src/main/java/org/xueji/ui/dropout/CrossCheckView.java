package org.xueji.ui.dropout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueji.dropout.api.crosscheck.CheckKind;
import org.xueji.dropout.api.crosscheck.CrossCheckFinding;
import org.xueji.dropout.api.crosscheck.CrossCheckRun;
import org.xueji.dropout.api.crosscheck.CrossCheckService;
import org.xueji.dropout.api.crosscheck.FindingQuery;
import org.xueji.dropout.api.crosscheck.FindingStatus;
import org.xueji.dropout.api.crosscheck.ImportedList;
import org.xueji.dropout.api.crosscheck.ListKind;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.Permission;
import org.xueji.ui.kit.school.SchoolsInScope;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.ContentKind;
import org.xueji.ui.shell.kit.UploadField;
import org.xueji.ui.shell.kit.UploadRules;

/**
 * 四查三比对 (R29): the district imports the departments' lists and runs the comparisons;
 * everyone with VIEW_DROPOUT sees the findings of their scope and resolves them with a reason;
 * a never-enrolled child can be entered as a suspected dropout.
 */
public class CrossCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "dropout/crosschecks";

    private final transient Actor actor = UiContext.actor();
    private final transient CrossCheckService service;
    private final transient Map<Long, String> names;
    private final Grid<ImportedList> lists = new Grid<>();
    private final Span latest = new Span();
    private final Select<CheckKind> check = new Select<>();
    private final Select<FindingStatus> status = new Select<>();
    private final Grid<CrossCheckFinding> findings = new Grid<>();
    private transient UploadField.Received file;

    public CrossCheckView() {
        setWidthFull();
        if (!actor.has(Permission.VIEW_DROPOUT)) {
            service = null;
            names = Map.of();
            return;
        }
        service = UiContext.service(getClass(), CrossCheckService.class);
        names = SchoolsInScope.names(SchoolsInScope.of(getClass(), actor));
        H2 heading = new H2(t(CrossCheckUiText.CROSSCHECK_TITLE));
        heading.getStyle().set("margin", "0");
        Paragraph intro = new Paragraph(t(CrossCheckUiText.CROSSCHECK_INTRO));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, intro);
        if (district()) {
            add(importForm(), new H3(t(CrossCheckUiText.LISTS)), listGrid());
            Button run = new Button(t(CrossCheckUiText.RUN), e -> act(() -> service.run(actor), CrossCheckUiText.RUN_DONE));
            run.setId("crosscheck-run");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(run);
        }
        latest.setId("crosscheck-latest");
        add(new H3(t(CrossCheckUiText.FINDINGS)), latest, filters(), findingGrid());
        refresh();
    }

    private boolean district() {
        return actor.has(Permission.MANAGE_DROPOUT) && actor.isDistrictWide();
    }

    private static String t(CrossCheckUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    private FormLayout importForm() {
        Select<ListKind> kind = new Select<>();
        kind.setId("crosscheck-kind");
        kind.setLabel(t(CrossCheckUiText.LIST_KIND));
        kind.setItems(ListKind.values());
        kind.setItemLabelGenerator(k -> k.format(UiContext.locale()));
        kind.setValue(ListKind.HOUSEHOLD_REGISTER);
        TextField town = new TextField(t(CrossCheckUiText.LIST_TOWN));
        town.setId("crosscheck-town");
        kind.addValueChangeListener(e -> town.setEnabled(e.getValue() == ListKind.HOUSEHOLD_REGISTER));
        UploadField upload = new UploadField("crosscheck-file", t(CrossCheckUiText.LIST_FILE),
                UploadRules.of(10L * 1024 * 1024, ContentKind.XLSX, ContentKind.XLS, ContentKind.CSV), f -> file = f);
        Button load = new Button(t(CrossCheckUiText.LIST_IMPORT), e -> {
            UploadField.Received f = file;
            if (f == null) {
                return;
            }
            try {
                ImportedList l = service.importList(actor, kind.getValue(), town.getValue(), f.fileName(),
                        new ByteArrayInputStream(f.content()));
                UiContext.showSuccess(t(CrossCheckUiText.LIST_IMPORTED, l.rows()));
                file = null;
                upload.clear();
                refresh();
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
        });
        load.setId("crosscheck-import");
        FormLayout form = EntryView.phoneForm();
        form.add(kind, town, upload, load);
        return form;
    }

    private Grid<ImportedList> listGrid() {
        lists.setId("crosscheck-lists");
        lists.addThemeVariants(GridVariant.LUMO_COMPACT);
        lists.addColumn(l -> l.kind().format(UiContext.locale())).setHeader(t(CrossCheckUiText.LIST_KIND)).setAutoWidth(true);
        lists.addColumn(l -> l.town() == null ? "—" : l.town()).setHeader(t(CrossCheckUiText.COL_PLACE)).setAutoWidth(true);
        lists.addColumn(ImportedList::rows).setHeader(t(CrossCheckUiText.LIST_ROWS));
        lists.addColumn(l -> l.importedAt().toString().substring(0, 16).replace('T', ' ') + " " + l.importedBy())
                .setHeader(t(CrossCheckUiText.LIST_AT)).setAutoWidth(true);
        lists.setAllRowsVisible(true);
        return lists;
    }

    private HorizontalLayout filters() {
        check.setId("crosscheck-filter-check");
        check.setLabel(t(CrossCheckUiText.FILTER_CHECK));
        check.setItems(CheckKind.values());
        check.setEmptySelectionAllowed(true);
        check.setEmptySelectionCaption(t(CrossCheckUiText.ALL));
        check.setItemLabelGenerator(k -> k == null ? t(CrossCheckUiText.ALL) : k.format(UiContext.locale()));
        status.setId("crosscheck-filter-status");
        status.setLabel(t(CrossCheckUiText.FILTER_STATUS));
        status.setItems(FindingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t(CrossCheckUiText.ALL));
        status.setItemLabelGenerator(s -> s == null ? t(CrossCheckUiText.ALL)
                : t(s == FindingStatus.OPEN ? CrossCheckUiText.OPEN : CrossCheckUiText.RESOLVED));
        status.setValue(FindingStatus.OPEN);
        check.addValueChangeListener(e -> loadFindings());
        status.addValueChangeListener(e -> loadFindings());
        return new HorizontalLayout(check, status);
    }

    private Grid<CrossCheckFinding> findingGrid() {
        findings.setId("crosscheck-findings");
        findings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        findings.addColumn(f -> f.kind().format(UiContext.locale())).setHeader(t(CrossCheckUiText.COL_CHECK)).setAutoWidth(true);
        findings.addColumn(CrossCheckFinding::name).setHeader(t(CrossCheckUiText.COL_NAME)).setAutoWidth(true);
        findings.addColumn(CrossCheckFinding::idNumber).setHeader(t(CrossCheckUiText.COL_ID_NUMBER)).setAutoWidth(true);
        findings.addColumn(f -> f.schoolId() == null ? "—" : names.getOrDefault(f.schoolId(), "#" + f.schoolId()))
                .setHeader(t(CrossCheckUiText.COL_SCHOOL)).setAutoWidth(true);
        findings.addColumn(f -> f.town() == null ? "—" : f.town() + (f.village() == null ? "" : " " + f.village()))
                .setHeader(t(CrossCheckUiText.COL_PLACE)).setAutoWidth(true);
        findings.addColumn(CrossCheckView::flags).setHeader(t(CrossCheckUiText.COL_FLAGS)).setAutoWidth(true);
        findings.addColumn(f -> f.listNote() == null ? "" : f.listNote()).setHeader(t(CrossCheckUiText.COL_NOTE));
        findings.addColumn(f -> f.status() == FindingStatus.OPEN ? t(CrossCheckUiText.OPEN)
                : t(CrossCheckUiText.RESOLVED) + (f.resolution() != null ? "：" + f.resolution() : ""))
                .setHeader(t(CrossCheckUiText.COL_STATUS)).setAutoWidth(true);
        findings.addColumn(new ComponentRenderer<>(this::actions)).setHeader(t(CrossCheckUiText.COL_ACTIONS)).setAutoWidth(true);
        return findings;
    }

    private static String flags(CrossCheckFinding f) {
        List<String> out = new ArrayList<>();
        if (f.inHouseholdRegister() && f.kind() == CheckKind.NOT_PRESENT) {
            out.add(t(CrossCheckUiText.IN_REGISTER));
        }
        if (f.jointFollowUp()) {
            out.add(t(CrossCheckUiText.JOINT));
        }
        if (f.entryId() != null) {
            out.add(t(CrossCheckUiText.ON_LEDGER, f.entryId()));
        }
        return String.join("；", out);
    }

    private HorizontalLayout actions(CrossCheckFinding f) {
        HorizontalLayout box = new HorizontalLayout();
        if (f.entryId() != null) {
            Button show = new Button("#" + f.entryId(), e -> UI.getCurrent().navigate(EntryView.ROUTE,
                    QueryParameters.simple(Map.of("id", String.valueOf(f.entryId())))));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(show);
        }
        if (f.status() != FindingStatus.OPEN || !actor.has(Permission.RECORD_DROPOUT)) {
            return box;
        }
        Button resolve = new Button(t(CrossCheckUiText.RESOLVE), e -> resolveDialog(f));
        resolve.setId("crosscheck-resolve-" + f.id());
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        box.add(resolve);
        if (f.kind() == CheckKind.NOT_ENROLLED) {
            Button open = new Button(t(CrossCheckUiText.OPEN_ENTRY), e -> {
                try {
                    long entry = service.openSuspected(actor, f.id());
                    UiContext.showSuccess(t(CrossCheckUiText.ENTRY_OPENED, entry));
                    loadFindings();
                } catch (DomainException ex) {
                    UiContext.showError(ex);
                }
            });
            open.setId("crosscheck-open-" + f.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(open);
        }
        return box;
    }

    private void resolveDialog(CrossCheckFinding f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t(CrossCheckUiText.RESOLVE) + " · " + f.name());
        TextArea reason = new TextArea(t(CrossCheckUiText.RESOLVE_REASON));
        reason.setId("crosscheck-reason");
        reason.setWidthFull();
        Button save = new Button(t(CrossCheckUiText.RESOLVE), e -> {
            try {
                service.resolve(actor, f.id(), reason.getValue());
                UiContext.showSuccess(t(CrossCheckUiText.RESOLVE_DONE));
                dialog.close();
                loadFindings();
            } catch (DomainException ex) {
                UiContext.showError(ex);
            }
        });
        save.setId("crosscheck-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(t(CrossCheckUiText.CANCEL), e -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable call, CrossCheckUiText done) {
        try {
            call.run();
            UiContext.showSuccess(t(done));
            refresh();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private void refresh() {
        try {
            if (district()) {
                lists.setItems(service.lists(actor));
            }
            List<CrossCheckRun> runs = service.runs(actor);
            latest.setText(runs.isEmpty() ? t(CrossCheckUiText.RUN_NONE) : t(CrossCheckUiText.RUN_LATEST,
                    runs.get(0).ranAt().toString().substring(0, 16).replace('T', ' '), counts(runs.get(0))));
            loadFindings();
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    private static String counts(CrossCheckRun run) {
        List<String> parts = new ArrayList<>();
        run.counts().forEach((k, v) -> parts.add(k.format(UiContext.locale()) + " " + v));
        return String.join("，", parts);
    }

    private void loadFindings() {
        try {
            findings.setItems(service.findings(actor, new FindingQuery(null, check.getValue(), status.getValue(), null,
                    null), 0, 1000));
        } catch (DomainException e) {
            UiContext.showError(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DropoutSupport.requireView(actor, event);
    }

    @Override
    public String getPageTitle() {
        java.util.Locale locale = UiContext.locale();
        return DropoutUiText.PAGE_TITLE.format(locale, CrossCheckUiText.CROSSCHECK_TITLE.format(locale));
    }
}
