package org.xueji.dropout.service.internal.report;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.DropoutService;
import org.xueji.dropout.api.Entry;
import org.xueji.dropout.api.EntryQuery;
import org.xueji.dropout.api.report.DropoutReport;
import org.xueji.dropout.api.report.ReportFile;
import org.xueji.dropout.api.report.ReportFormat;
import org.xueji.dropout.api.report.ReportMessages;
import org.xueji.dropout.api.report.ReportService;
import org.xueji.dropout.api.report.SchoolAgeLedger;
import org.xueji.dropout.service.internal.DropoutConfig;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.documents.spreadsheet.XlsxWriter;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.priority.PriorityRoster;

/**
 * Reports (item 10) and the school-age ledger and ledger export (item 1). The reports carry
 * counts only — no name, ID number or address — so their files need no data release (R4 is about
 * personal data); each file is audited. The ledger export lists children: it needs EXPORT_DATA
 * and one download of an approved release covering the school, asked before any row is read.
 */
@Component(service = ReportService.class, configurationPid = DropoutConfig.PID)
public class ReportServiceImpl implements ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportServiceImpl.class);
    /** The ledger export's limit (the suspected ledger of a bad year in a 1M district is ~10,000). */
    static final int MAX_EXPORT = 50_000;

    private final ModuleSupport support;
    private final Transactions tx;
    private final SchoolService schools;
    private final PriorityRoster roster;
    private final DropoutService dropouts;
    private final DataReleaseService releases;
    private volatile DropoutConfig config;

    @Activate
    public ReportServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, @Reference SchoolService schools,
                             @Reference PriorityRoster roster, @Reference DropoutService dropouts,
                             @Reference DataReleaseService releases, Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), schools, roster, dropouts, releases,
                DropoutConfig.from(properties, LOG::warn));
    }

    /** Without OSGi: tests and the bench runner ({@code DropoutBench}). */
    public ReportServiceImpl(ModuleSupport support, SchoolService schools, PriorityRoster roster, DropoutService dropouts,
                      DataReleaseService releases, DropoutConfig config) {
        this.support = support;
        this.tx = support.transactions();
        this.schools = schools;
        this.roster = roster;
        this.dropouts = dropouts;
        this.releases = releases;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = DropoutConfig.from(properties, LOG::warn);
    }

    @Override
    public DropoutReport schoolMonthly(Actor actor, long schoolId, YearMonth month) {
        return support.guard(actor, "dropout.report.view", "school", schoolId, () -> monthly(actor, schoolId, month));
    }

    private DropoutReport monthly(Actor actor, long schoolId, YearMonth month) {
        actor.requireCurrent();
        actor.require(Permission.VIEW_DROPOUT);
        if (actor.isClassScoped() || actor.isAreaScoped()) {
            throw new AccessDeniedException(ReportMessages.SCHOOL_ACCOUNTS_ONLY);
        }
        actor.requireSchool(schoolId);
        if (month == null) {
            throw new ValidationException(List.of(new FieldError("month", ReportMessages.MONTH_REQUIRED)));
        }
        return period(schoolId, month.atDay(1), month.atEndOfMonth());
    }

    @Override
    public DropoutReport districtQuarterly(Actor actor, int year, int quarter) {
        return support.guard(actor, "dropout.report.view", "school", null, () -> quarterly(actor, year, quarter));
    }

    private DropoutReport quarterly(Actor actor, int year, int quarter) {
        actor.requireCurrent();
        actor.require(Permission.VIEW_DROPOUT);
        if (!actor.isDistrictWide()) {
            throw new AccessDeniedException(ReportMessages.SCHOOL_ACCOUNTS_ONLY);
        }
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new ValidationException(List.of(new FieldError("quarter", ReportMessages.QUARTER_INVALID, quarter)));
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return period(null, from, from.plusMonths(3).minusDays(1));
    }

    /** A period not yet begun is refused; one under way is counted up to its end (nothing after today exists). */
    private DropoutReport period(Long schoolId, LocalDate from, LocalDate to) {
        if (from.isAfter(support.today())) {
            throw new ValidationException(List.of(new FieldError("period", ReportMessages.PERIOD_IN_FUTURE,
                    from.toString())));
        }
        return tx.read(em -> ReportFigures.compute(em, schoolId, from, to));
    }

    @Override
    public ReportFile schoolMonthlyFile(Actor actor, long schoolId, YearMonth month, ReportFormat format) {
        return support.guard(actor, "dropout.report.export", "school", schoolId, () -> {
            DropoutReport r = monthly(actor, schoolId, month);
            String code = schoolCode(actor, schoolId);
            String title = ReportFiles.t(ReportMessages.TITLE_SCHOOL_MONTHLY, code, month.toString());
            return file(actor, r, title, "dropout-monthly-" + code + "-" + month, format);
        });
    }

    @Override
    public ReportFile districtQuarterlyFile(Actor actor, int year, int quarter, ReportFormat format) {
        return support.guard(actor, "dropout.report.export", "school", null, () -> {
            DropoutReport r = quarterly(actor, year, quarter);
            String title = ReportFiles.t(ReportMessages.TITLE_DISTRICT_QUARTERLY, String.valueOf(year), quarter);
            return file(actor, r, title, "dropout-quarterly-" + year + "-Q" + quarter, format);
        });
    }

    private ReportFile file(Actor actor, DropoutReport r, String title, String name, ReportFormat format) {
        ReportFormat f = format == null ? ReportFormat.PDF : format;
        List<ReportFiles.Section> sections = ReportFiles.sections(r, schoolNames(actor));
        byte[] bytes = f == ReportFormat.PDF ? ReportFiles.pdf(title, sections, support.now())
                : ReportFiles.xlsx(title, sections);
        tx.run(em -> support.audit(em, AuditEvent.of(actor, "dropout.report.export", "school", r.schoolId(),
                r.schoolId()).withChanges(Map.of("from", r.from().toString(), "to", r.to().toString(),
                "format", f.name()))));
        return new ReportFile(name + "." + f.extension(), f.contentType(), bytes);
    }

    private Map<Long, String> schoolNames(Actor actor) {
        Map<Long, String> names = new LinkedHashMap<>();
        try {
            for (School s : schools.listSchools(actor)) {
                names.put(s.id(), s.code() + " " + s.name());
            }
        } catch (RuntimeException e) {
            LOG.debug("dropout: school names not available: {}", e.toString()); // the ids are printed instead
        }
        return names;
    }

    private String schoolCode(Actor actor, long schoolId) {
        try {
            return schools.getSchool(actor, schoolId).code();
        } catch (RuntimeException e) {
            return String.valueOf(schoolId);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SchoolAgeLedger schoolAge(Actor actor) {
        return support.guard(actor, "dropout.report.view", "school", actor.schoolId(), () -> {
            actor.requireCurrent();
            actor.require(Permission.VIEW_DROPOUT);
            if (actor.isClassScoped() || actor.isAreaScoped()) {
                throw new AccessDeniedException(ReportMessages.SCHOOL_ACCOUNTS_ONLY);
            }
            LocalDate today = support.today();
            DropoutConfig c = config;
            Map<Long, Long> registry = new TreeMap<>(roster.schoolAgeCounts(actor, today, c.minAge(), c.maxAge()));
            Map<Long, Long> bySchool = new TreeMap<>();
            Map<String, Long> byTown = new TreeMap<>();
            tx.read(em -> {
                // children recorded by surveys who hold no record, once each (the same child in two campaigns)
                TypedQuery<Object[]> q = em.createQuery("select h.schoolId, h.town, count(distinct k.idNumber) "
                        + "from DropoutSurveyChild k, DropoutHousehold h where k.householdId = h.id "
                        + "and k.studentId is null and k.finding <> 'MOVED_AWAY'"
                        + (actor.isDistrictWide() ? "" : " and h.schoolId = :mySchool")
                        + " group by h.schoolId, h.town", Object[].class);
                if (!actor.isDistrictWide()) {
                    q.setParameter("mySchool", actor.schoolId());
                }
                for (Object[] r : q.getResultList()) {
                    bySchool.merge((Long) r[0], (Long) r[2], Long::sum);
                    byTown.merge(r[1] == null ? "" : (String) r[1], (Long) r[2], Long::sum);
                }
                return null;
            });
            return new SchoolAgeLedger(today, c.minAge(), c.maxAge(), registry, bySchool, byTown);
        });
    }

    @Override
    public ReportFile exportLedger(Actor actor, EntryQuery query, long releaseId) {
        EntryQuery q = query == null ? EntryQuery.open() : query;
        return support.guard(actor, "dropout.ledger.export", "school", q.schoolId(), () -> {
            actor.requireCurrent();
            actor.require(Permission.VIEW_DROPOUT);
            actor.require(Permission.EXPORT_DATA);
            Long school = q.schoolId() != null ? q.schoolId() : actor.schoolId();
            if (school != null) {
                actor.requireSchool(school);
            }
            // R4: one download of an approved release, refused (and audited) before any row is read
            DataRelease release = releases.authorizeExport(actor, releaseId, "dropout-ledger.xlsx", school);
            List<Entry> rows = new ArrayList<>();
            for (int offset = 0; ; offset += 1000) {
                List<Entry> page = dropouts.list(actor, q, offset, 1000);
                rows.addAll(page);
                if (rows.size() > MAX_EXPORT) {
                    throw new DomainException(ReportMessages.EXPORT_TOO_LARGE, MAX_EXPORT);
                }
                if (page.size() < 1000) {
                    break;
                }
            }
            Map<Long, String> names = schoolNames(actor);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Locale zh = Locale.SIMPLIFIED_CHINESE;
            try (XlsxWriter x = new XlsxWriter(bytes)) {
                // the bureau's working language, from message keys (as the report files)
                XlsxWriter.Sheet s = x.sheet(ReportMessages.LEDGER_SHEET.format(zh)).header(Stream.of(
                        ReportMessages.LEDGER_COL_ID, ReportMessages.LEDGER_COL_STATUS, ReportMessages.LEDGER_COL_NAME,
                        ReportMessages.LEDGER_COL_SEX, ReportMessages.LEDGER_COL_BIRTH,
                        ReportMessages.LEDGER_COL_ID_NUMBER, ReportMessages.LEDGER_COL_SCHOOL,
                        ReportMessages.LEDGER_COL_TOWN, ReportMessages.LEDGER_COL_VILLAGE,
                        ReportMessages.LEDGER_COL_HOUSEHOLD, ReportMessages.LEDGER_COL_REASON,
                        ReportMessages.LEDGER_COL_FOUND, ReportMessages.LEDGER_COL_CONFIRMED)
                        .map(k -> k.format(zh)).toList(),
                        new int[] {8, 10, 10, 6, 12, 20, 24, 12, 12, 16, 14, 12, 12});
                s.pageHeaderAndFooter(release.watermark());
                for (Entry e : rows) {
                    s.row(java.util.Arrays.asList(String.valueOf(e.id()), STATUS.get(e.status()).format(zh), e.name(),
                            e.sex() == null ? null : e.sex().label(), str(e.birthDate()), e.idNumberMasked(),
                            e.schoolId() == null ? null : names.getOrDefault(e.schoolId(), String.valueOf(e.schoolId())),
                            e.town(), e.village(), e.household(), e.reason() == null ? null : e.reason().format(zh),
                            str(e.foundOn()), str(e.confirmedOn())));
                }
                s.skip(1);
                s.row(List.of(release.watermark()));
            }
            tx.run(em -> support.audit(em, AuditEvent.of(actor, "dropout.ledger.export", "school", school, school)
                    .withChanges(Map.of("release", release.id(), "rows", rows.size()))));
            return new ReportFile("dropout-ledger.xlsx", ReportFormat.XLSX.contentType(), bytes.toByteArray());
        });
    }

    private static final Map<org.xueji.dropout.api.EntryStatus, ReportMessages> STATUS = Map.of(
            org.xueji.dropout.api.EntryStatus.SUSPECTED, ReportMessages.STATUS_SUSPECTED,
            org.xueji.dropout.api.EntryStatus.DROPOUT, ReportMessages.STATUS_DROPOUT,
            org.xueji.dropout.api.EntryStatus.CLOSING, ReportMessages.STATUS_CLOSING,
            org.xueji.dropout.api.EntryStatus.CLOSED, ReportMessages.STATUS_CLOSED);

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
