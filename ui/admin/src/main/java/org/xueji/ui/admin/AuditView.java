package org.xueji.ui.admin;

import static org.xueji.ui.admin.AdminSupport.t;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.audit.AuditActionLabels;
import org.xueji.platform.api.audit.AuditQuery;
import org.xueji.platform.api.audit.AuditRecord;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.audit.ChainVerification;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.ui.shell.api.UiContext;
import org.xueji.ui.shell.kit.DatePickers;

/**
 * 审计日志 (R7): the audit trail filtered by person, school, student, action and time, paged
 * through the service newest first (millions of rows); a check of the hash chain naming the
 * first broken row; and a CSV export of the filtered rows that, like every export of personal
 * data (R4), needs an approved data-release request and carries its watermark as last line.
 */
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "audit";

    /** Labels of the actions the running modules write (AuditActionLabels whiteboard); any other can be typed. */
    private final transient AuditActionNames actionNames = AuditActionNames.of(
            UiContext.services(AuditView.class, AuditActionLabels.class));

    private static final int EXPORT_PAGE = 1000;

    private final transient Actor actor = UiContext.actor();
    private final transient Locale locale = UiContext.locale();
    private final transient AuditService audit = UiContext.service(getClass(), AuditService.class);
    private final transient DataReleaseService releases =
            AdminSupport.optionalService(getClass(), DataReleaseService.class);
    private final transient SchoolService schoolService = AdminSupport.optionalService(getClass(), SchoolService.class);
    private final transient Map<Long, String> schoolNames;

    private final TextField user = new TextField(t(AdminUiText.FILTER_USER));
    private final ComboBox<School> school = new ComboBox<>(t(AdminUiText.FILTER_SCHOOL));
    private final TextField student = new TextField(t(AdminUiText.FILTER_STUDENT));
    private final ComboBox<String> action = new ComboBox<>(t(AdminUiText.FILTER_ACTION));
    private final DateTimePicker from = new DateTimePicker(t(AdminUiText.FILTER_FROM));
    private final DateTimePicker to = new DateTimePicker(t(AdminUiText.FILTER_TO));
    private final Span countLabel = new Span();
    private final Div verifyResult = new Div();
    private final Grid<AuditRecord> grid = new Grid<>();

    private final Select<DataRelease> release = new Select<>();
    private final Button export = new Button(t(AdminUiText.EXPORT), VaadinIcon.DOWNLOAD.create());
    private final Span exportHint = new Span();
    private final Anchor download = new Anchor();

    private AuditFilter applied = AuditFilter.NONE;

    public AuditView() {
        setSizeFull();
        setPadding(true);
        List<School> schools = loadSchools();
        schoolNames = schools.stream().collect(Collectors.toMap(School::id, School::name, (a, b) -> a));

        H2 heading = new H2(t(AdminUiText.AUDIT_TITLE));
        heading.getStyle().set("margin", "0");

        configureFilters(schools);
        Button search = new Button(t(AdminUiText.SEARCH), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(t(AdminUiText.RESET), e -> reset());
        reset.setId("audit-reset");
        FlexLayout filters = new FlexLayout(user, school, student, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();
        search.addClickShortcut(Key.ENTER).listenOn(filters);

        Button verify = new Button(t(AdminUiText.VERIFY_CHAIN), VaadinIcon.CHECK_CIRCLE_O.create(), e -> verify());
        verify.setId("audit-verify");

        countLabel.setId("audit-count");
        countLabel.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout(search, reset, countLabel, verify);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWidthFull();
        actions.expand(countLabel);

        verifyResult.setId("audit-verify-result");
        verifyResult.setVisible(false);
        verifyResult.setWidthFull();

        configureGrid();
        HorizontalLayout exportBar = configureExport();

        add(heading, filters, actions, verifyResult, exportBar, grid);
        expand(grid);
        loadReleases();
    }

    private void configureFilters(List<School> schools) {
        user.setId("audit-filter-user");
        user.setClearButtonVisible(true);
        user.setPlaceholder(t(AdminUiText.FILTER_USER_PLACEHOLDER));
        user.setMaxLength(64);

        school.setId("audit-filter-school");
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        school.setClearButtonVisible(true);
        school.setPlaceholder(t(AdminUiText.ALL));
        school.setEnabled(schoolService != null);

        student.setId("audit-filter-student");
        student.setClearButtonVisible(true);
        student.setPlaceholder(t(AdminUiText.FILTER_STUDENT_PLACEHOLDER));
        student.setMaxLength(40);

        action.setId("audit-filter-action");
        List<String> actions = new ArrayList<>(actionNames.actions());
        action.setItems(actions);
        action.setItemLabelGenerator(a -> actionNames.describe(a, locale));
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> {
            String typed = e.getDetail() == null ? "" : e.getDetail().strip();
            if (typed.isEmpty() || typed.length() > 64) {
                return;
            }
            if (!actions.contains(typed)) {
                actions.add(typed);
                action.setItems(actions);
            }
            action.setValue(typed);
        });
        action.setClearButtonVisible(true);
        action.setPlaceholder(t(AdminUiText.ALL));
        action.setHelperText(t(AdminUiText.FILTER_ACTION_HELPER));

        for (DateTimePicker p : List.of(from, to)) {
            p.setDatePickerI18n(DatePickers.i18n(locale));
            p.setStep(Duration.ofMinutes(15));
            p.setDatePlaceholder(t(AdminUiText.DATE_PLACEHOLDER));
            p.setTimePlaceholder(t(AdminUiText.TIME_PLACEHOLDER));
        }
        from.setId("audit-filter-from");
        to.setId("audit-filter-to");
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(100);
        grid.addColumn(AuditRecord::id).setKey("id").setHeader(t(AdminUiText.COL_ID)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> AdminFormat.dateTime(r.time(), AdminSupport.ZONE)).setKey("time")
                .setHeader(t(AdminUiText.COL_TIME)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditView::person).setKey("person").setHeader(t(AdminUiText.COL_PERSON)).setAutoWidth(true);
        grid.addColumn(r -> AdminFormat.roleLabel(r.role())).setKey("role").setHeader(t(AdminUiText.COL_ROLE))
                .setAutoWidth(true);
        grid.addColumn(this::schoolName).setKey("school").setHeader(t(AdminUiText.COL_SCHOOL)).setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.action(), "")).setKey("action").setHeader(t(AdminUiText.COL_ACTION))
                .setTooltipGenerator(r -> actionNames.label(r.action(), locale))
                .setAutoWidth(true);
        grid.addColumn(this::target).setKey("target").setHeader(t(AdminUiText.COL_TARGET)).setAutoWidth(true);
        grid.addColumn(r -> ReleaseLabels.shorten(Objects.toString(r.changes(), ""), 80)).setKey("changes")
                .setHeader(t(AdminUiText.COL_CHANGES)).setFlexGrow(1)
                .setTooltipGenerator(r -> Objects.toString(r.changes(), ""));
        grid.addColumn(r -> Objects.toString(r.clientAddress(), "")).setKey("clientAddress")
                .setHeader(t(AdminUiText.COL_CLIENT_ADDRESS)).setAutoWidth(true);
        grid.setEmptyStateText(t(AdminUiText.AUDIT_EMPTY));
        grid.setItems(this::fetch, this::count);
    }

    private HorizontalLayout configureExport() {
        release.setId("audit-export-release");
        release.setLabel(t(AdminUiText.EXPORT_RELEASE));
        release.setItemLabelGenerator(r -> r == null ? "" : ReleaseLabels.usable(r, AdminSupport.ZONE, locale));
        release.setPlaceholder(t(AdminUiText.EXPORT_RELEASE_PLACEHOLDER));
        release.setWidth("30em");
        release.addValueChangeListener(e -> export.setEnabled(e.getValue() != null));

        export.setId("audit-export");
        export.setEnabled(false);
        export.addClickListener(e -> export());

        exportHint.setId("audit-export-hint");
        exportHint.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");

        // the file is served once from here; kept in the page (not setVisible(false), whose
        // elements get no attributes) but not shown
        download.setId("audit-export-download");
        download.getStyle().set("display", "none");

        HorizontalLayout bar = new HorizontalLayout(release, export, exportHint, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private static String person(AuditRecord r) {
        String user = Objects.toString(r.username(), "");
        String name = r.displayName();
        return name == null || name.isBlank() || name.equals(user) ? user : name + "（" + user + "）";
    }

    private String schoolName(AuditRecord r) {
        return r.schoolId() == null ? "" : schoolNames.getOrDefault(r.schoolId(), "#" + r.schoolId());
    }

    private String target(AuditRecord r) {
        String type = r.targetType();
        String id = Objects.toString(r.targetId(), "");
        if (type == null || type.isBlank()) {
            return id;
        }
        String label = switch (type) {
            case "student" -> t(AdminUiText.TARGET_STUDENT);
            case "account" -> t(AdminUiText.TARGET_ACCOUNT);
            case "school" -> t(AdminUiText.TARGET_SCHOOL);
            case "class" -> t(AdminUiText.TARGET_CLASS);
            case "release", "data-release" -> t(AdminUiText.TARGET_RELEASE);
            default -> type;
        };
        return id.isEmpty() ? label : label + " " + id;
    }

    private Stream<AuditRecord> fetch(Query<AuditRecord, Void> query) {
        try {
            return audit.search(actor, applied.toQuery(AdminSupport.ZONE), query.getOffset(), query.getLimit())
                    .stream().limit(query.getLimit());
        } catch (DomainException e) {
            UiContext.showError(e);
            return Stream.empty();
        }
    }

    private int count(Query<AuditRecord, Void> query) {
        long n;
        try {
            n = audit.count(actor, applied.toQuery(AdminSupport.ZONE));
        } catch (DomainException e) {
            UiContext.showError(e);
            n = 0;
        }
        countLabel.setText(t(AdminUiText.AUDIT_COUNT, n));
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** The filter of the form, or {@code null} (marked on the field) when the range is reversed. */
    private AuditFilter readForm() {
        to.setInvalid(false);
        School s = school.getValue();
        AuditFilter f = new AuditFilter(user.getValue(), s == null ? null : s.id(), student.getValue(),
                action.getValue(), from.getValue(), to.getValue());
        if (!f.rangeValid()) {
            to.setErrorMessage(t(AdminUiText.RANGE_REVERSED));
            to.setInvalid(true);
            return null;
        }
        return f;
    }

    private void search() {
        AuditFilter f = readForm();
        if (f == null) {
            return;
        }
        applied = f;
        grid.getDataProvider().refreshAll();
    }

    private void reset() {
        user.clear();
        school.clear();
        student.clear();
        action.clear();
        from.clear();
        to.clear();
        to.setInvalid(false);
        search();
    }

    private void verify() {
        ChainVerification v;
        try {
            v = audit.verify(actor);
        } catch (DomainException e) {
            UiContext.showError(e);
            return;
        }
        showVerification(v, AdminUiText.CHAIN_INTACT);
    }

    /**
     * The verdict in the banner; a broken chain also offers the reseal after the investigation
     * (the service refuses where no seal helps).
     */
    private void showVerification(ChainVerification v, AdminUiText intactText) {
        if (v.intact()) {
            String text = t(intactText, v.rowsChecked());
            UiContext.showSuccess(text);
            AdminSupport.showBanner(verifyResult, text, false);
            return;
        }
        AdminSupport.showBanner(verifyResult, t(AdminUiText.CHAIN_BROKEN, String.valueOf(v.firstBrokenId()),
                Objects.toString(v.reasonText(locale), ""), v.rowsChecked()), true);
        Button reseal = new Button(t(AdminUiText.RESEAL), VaadinIcon.SIGN_IN.create(), e -> askReseal());
        reseal.setId("audit-reseal");
        reseal.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reseal.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        verifyResult.add(reseal);
    }

    /** R7: the case reference of the investigation, then {@link AuditService#resealHead}. */
    private void askReseal() {
        Dialog dialog = new Dialog();
        dialog.setId("audit-reseal-dialog");
        dialog.setHeaderTitle(t(AdminUiText.RESEAL));
        TextField reference = new TextField(t(AdminUiText.RESEAL_REFERENCE));
        reference.setId("audit-reseal-reference");
        reference.setMaxLength(100);
        reference.setRequired(true);
        reference.setWidthFull();
        reference.setPlaceholder("岳教审〔2026〕3号");
        dialog.add(new Paragraph(t(AdminUiText.RESEAL_EXPLAINED)), reference);
        Button ok = new Button(t(AdminUiText.RESEAL_CONFIRM), e -> {
            ChainVerification after;
            try {
                after = audit.resealHead(actor, reference.getValue());
            } catch (DomainException refused) {
                UiContext.showError(refused);
                return;
            }
            dialog.close();
            showVerification(after, AdminUiText.RESEALED);
            search();
        });
        ok.setId("audit-reseal-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(t(AdminUiText.CANCEL), e -> dialog.close());
        cancel.setId("audit-reseal-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        reference.focus();
    }

    /** The approved requests usable now (R4); without one the export explains why it is off. */
    private void loadReleases() {
        List<DataRelease> usable;
        String unavailable = null;
        if (releases == null) {
            usable = List.of();
            unavailable = t(AdminUiText.EXPORT_SERVICE_UNAVAILABLE);
        } else {
            try {
                usable = releases.usable(actor);
            } catch (DomainException e) {
                usable = List.of();
                unavailable = e.message(locale);
            }
        }
        DataRelease chosen = release.getValue();
        release.setItems(usable);
        if (usable.isEmpty()) {
            release.setEnabled(false);
            export.setEnabled(false);
            exportHint.setText(unavailable != null ? t(AdminUiText.EXPORT_NEEDS_RELEASE) + " " + unavailable
                    : t(AdminUiText.EXPORT_NEEDS_RELEASE));
            exportHint.getStyle().set("color", "var(--lumo-error-text-color)");
            return;
        }
        release.setEnabled(true);
        DataRelease keep = chosen == null ? null
                : usable.stream().filter(r -> r.id() == chosen.id()).findFirst().orElse(null);
        release.setValue(keep != null ? keep : usable.size() == 1 ? usable.get(0) : null);
        export.setEnabled(release.getValue() != null);
        exportHint.setText(t(AdminUiText.EXPORT_HINT, AuditCsv.MAX_ROWS));
        exportHint.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }

    private void export() {
        DataRelease chosen = release.getValue();
        if (chosen == null || releases == null) {
            AdminSupport.showErrorText(t(AdminUiText.EXPORT_CHOOSE_RELEASE));
            return;
        }
        AuditFilter f = readForm();
        if (f == null) {
            return;
        }
        if (!f.equals(applied)) {
            applied = f;
            grid.getDataProvider().refreshAll();
        }
        AuditQuery query = f.toQuery(AdminSupport.ZONE);
        DataRelease authorized;
        byte[] csv;
        int rows;
        long total;
        try {
            // uses one download of the request and is audited (R4, R7)
            authorized = releases.authorizeExport(actor, chosen.id(), "audit.csv", null);
            total = audit.count(actor, query);
            List<AuditRecord> records = new ArrayList<>();
            while (records.size() < AuditCsv.MAX_ROWS) {
                int limit = Math.min(EXPORT_PAGE, AuditCsv.MAX_ROWS - records.size());
                List<AuditRecord> page = audit.search(actor, query, records.size(), limit);
                records.addAll(page.size() > limit ? page.subList(0, limit) : page);
                if (page.size() < limit) {
                    break;
                }
            }
            rows = records.size();
            csv = AuditCsv.write(records, id -> schoolNames.get(id), authorized.watermark(), AdminSupport.ZONE,
                    locale);
        } catch (DomainException e) {
            UiContext.showError(e);
            loadReleases();
            return;
        }
        serveOnce(csv, AuditCsv.fileName(Instant.now(), AdminSupport.ZONE));
        UiContext.showSuccess(total > rows ? t(AdminUiText.EXPORT_TRUNCATED, rows, total)
                : t(AdminUiText.EXPORT_DONE, rows));
        loadReleases();
    }

    /**
     * Offers the file through the hidden anchor and starts the download. The file is served
     * once: each download of personal data is one use of the approved request.
     */
    private void serveOnce(byte[] csv, String fileName) {
        AtomicReference<byte[]> pending = new AtomicReference<>(csv);
        DownloadHandler handler = event -> {
            byte[] data = pending.getAndSet(null);
            if (data == null) {
                event.getResponse().setStatus(410);
                return;
            }
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(data.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(data);
            }
        };
        download.setHref(handler, AttachmentType.DOWNLOAD);
        download.getElement().setAttribute("download", fileName);
        download.setText(fileName);
        download.getElement().executeJs("this.click()");
    }

    private List<School> loadSchools() {
        if (schoolService == null) {
            return List.of();
        }
        try {
            return schoolService.listSchools(actor);
        } catch (DomainException e) {
            return List.of();
        }
    }

    @Override
    public String getPageTitle() {
        return AdminSupport.pageTitle(AdminUiText.AUDIT_TITLE);
    }
}
