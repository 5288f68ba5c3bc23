package org.xueji.dropout.service.internal.crosscheck;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.dropout.api.ChildData;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.crosscheck.CheckKind;
import org.xueji.dropout.api.crosscheck.CrossCheckFinding;
import org.xueji.dropout.api.crosscheck.CrossCheckMessages;
import org.xueji.dropout.api.crosscheck.CrossCheckRun;
import org.xueji.dropout.api.crosscheck.CrossCheckService;
import org.xueji.dropout.api.crosscheck.FindingQuery;
import org.xueji.dropout.api.crosscheck.FindingStatus;
import org.xueji.dropout.api.crosscheck.ImportedList;
import org.xueji.dropout.api.crosscheck.ListKind;
import org.xueji.dropout.service.internal.DropoutConfig;
import org.xueji.dropout.service.internal.Entries;
import org.xueji.dropout.service.internal.Scope;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.identity.ChineseIdNumber;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.security.AccountAreas;
import org.xueji.platform.documents.spreadsheet.RawCell;
import org.xueji.platform.documents.spreadsheet.SheetReader;
import org.xueji.platform.documents.spreadsheet.SpreadsheetLimits;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.SchoolService;
import org.xueji.registry.api.StudentService;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * 四查三比对 (R29): lists imported whole or not at all, the comparisons of {@link Comparisons}
 * stored per run, findings read and resolved in the ledgers' scope (Scope). Permission and scope
 * first, refusals audited through {@link ModuleSupport#guard}; audit rows name kinds and counts,
 * never a child.
 */
@Component(service = CrossCheckService.class, configurationPid = DropoutConfig.PID)
public class CrossCheckServiceImpl implements CrossCheckService {

    private static final Logger LOG = LoggerFactory.getLogger(CrossCheckServiceImpl.class);
    static final String TARGET = "dropout-crosscheck";
    /** Registry look-ups by ID number: whether a child holds a record must not depend on who runs the check. */
    static final Actor LOOKUP = Actor.system("dropout-crosscheck");
    /** A department's list: 10 MB, 50,000 children, 20 columns. */
    private static final SheetReader READER = new SheetReader(SpreadsheetLimits.defaults()
            .withMaxFileBytes(10L * 1024 * 1024).withMaxRows(50_000).withMaxCellsPerRow(20).withMaxCellChars(200));
    static final int MAX_REASON = 500;

    private final ModuleSupport support;
    private final Transactions tx;
    private final StudentService students;
    private final AccountAreas areas;
    private final Entries entries;
    private volatile DropoutConfig config;
    private final SchoolService schools;
    private volatile Supplier<Set<String>> towns;

    @Activate
    public CrossCheckServiceImpl(@Reference(target = "(osgi.unit.name=xueji-dropout)") EntityManagerFactory emf,
                                 @Reference AuditTrail audit, @Reference AuditService auditService,
                                 @Reference org.xueji.platform.api.PlatformClock clock,
                                 @Reference StudentService students, @Reference AccountAreas areas,
                                 @Reference SchoolService schools, Map<String, Object> properties) {
        this(new ModuleSupport(emf, audit, auditService, clock), students, areas, schools,
                DropoutConfig.from(properties, LOG::warn), CrossCheckTowns.from(properties, schools));
    }

    /** For fast tests on the real schema. */
    public CrossCheckServiceImpl(ModuleSupport support, StudentService students, AccountAreas areas,
                                 SchoolService schools, DropoutConfig config, Supplier<Set<String>> towns) {
        this.support = support;
        this.tx = support.transactions();
        this.students = students;
        this.areas = areas;
        this.schools = schools;
        this.entries = new Entries(support, students);
        this.config = config;
        this.towns = towns;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = DropoutConfig.from(properties, LOG::warn);
        towns = CrossCheckTowns.from(properties, schools);
    }

    private Scope district(Actor actor) {
        actor.require(Permission.MANAGE_DROPOUT);
        Scope scope = Scope.of(actor, areas);
        scope.requireDistrict();
        actor.requireCurrent();
        return scope;
    }

    @Override
    public ImportedList importList(Actor actor, ListKind kind, String town, String fileName, InputStream content) {
        return support.guard(actor, "dropout.crosscheck.import", TARGET, null, () -> {
            district(actor);
            if (kind == null) {
                throw new ValidationException(List.of(new FieldError("kind", CrossCheckMessages.KIND_REQUIRED)));
            }
            Set<String> known = towns.get(); // once per import: configured, or the registry's school towns
            String listTown = null;
            if (kind == ListKind.HOUSEHOLD_REGISTER) {
                listTown = town == null ? "" : town.strip();
                if (listTown.isEmpty()) {
                    throw new ValidationException(List.of(new FieldError("town", CrossCheckMessages.TOWN_REQUIRED)));
                }
                if (!known.contains(listTown)) {
                    throw new ValidationException(List.of(new FieldError("town", CrossCheckMessages.TOWN_UNKNOWN,
                            listTown)));
                }
            }
            List<List<String>> cells = new ArrayList<>();
            READER.read(content, fileName, (rowNumber, raw) -> {
                List<String> line = new ArrayList<>();
                for (RawCell cell : raw) {
                    while (line.size() < cell.column()) {
                        line.add("");
                    }
                    line.add(cell.column(), cell.text() == null ? "" : cell.text());
                }
                cells.add(line);
            });
            DropoutConfig c = config;
            List<ListSheet.Row> rows = ListSheet.parse(cells, new ListSheet.Rules(known, listTown, c.minAge(),
                    c.maxAge(), support.today(), support.clock().clock()));
            String t = listTown;
            return tx.inTransaction(em -> {
                // the new list replaces the one of the same kind (and town): both in this transaction
                TypedQuery<XcListEntity> q = em.createQuery("select l from CrossCheckList l where l.kind = :k and "
                        + (t == null ? "l.town is null" : "l.town = :t"), XcListEntity.class).setParameter("k", kind.name());
                if (t != null) {
                    q.setParameter("t", t);
                }
                for (XcListEntity old : q.getResultList()) {
                    em.createQuery("delete from CrossCheckRow r where r.listId = :l").setParameter("l", old.id)
                            .executeUpdate();
                    em.remove(old);
                }
                XcListEntity l = new XcListEntity();
                l.kind = kind.name();
                l.town = t;
                l.rowCount = rows.size();
                l.importedAt = support.now();
                l.importedBy = actor.username();
                em.persist(l);
                em.flush();
                int n = 0;
                for (ListSheet.Row r : rows) {
                    XcRowEntity e = new XcRowEntity();
                    e.listId = l.id;
                    e.idNumber = r.idNumber();
                    e.name = r.name();
                    e.town = r.town();
                    e.village = r.village();
                    e.note = r.note();
                    em.persist(e);
                    if (++n % 500 == 0) {
                        em.flush();
                    }
                }
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", kind.name());
                if (t != null) {
                    details.put("town", t);
                }
                details.put("rows", rows.size());
                support.audit(em, AuditEvent.of(actor, "dropout.crosscheck.import", TARGET, l.id, null)
                        .withChanges(details));
                return list(l);
            });
        });
    }

    @Override
    public List<ImportedList> lists(Actor actor) {
        return support.guard(actor, "dropout.crosscheck.view", TARGET, null, () -> {
            district(actor);
            return tx.read(em -> em.createQuery("select l from CrossCheckList l order by l.kind, l.town",
                    XcListEntity.class).getResultList().stream().map(CrossCheckServiceImpl::list).toList());
        });
    }

    @Override
    public CrossCheckRun run(Actor actor) {
        return support.guard(actor, "dropout.crosscheck.run", TARGET, null, () -> {
            Scope scope = district(actor);
            return tx.inTransaction(em -> {
                XcRunEntity run = new XcRunEntity();
                run.ranAt = support.now();
                run.ranBy = actor.username();
                em.persist(run);
                em.flush();
                List<XcFindingEntity> found = Comparisons.compare(em, run.id,
                        id -> students.findByIdNumber(LOOKUP, id));
                found.forEach(em::persist);
                em.flush();
                Map<CheckKind, Long> counts = counts(em, scope, run.id);
                Map<String, Object> details = new LinkedHashMap<>();
                counts.forEach((k, v) -> details.put(k.name(), v));
                support.audit(em, AuditEvent.of(actor, "dropout.crosscheck.run", TARGET, run.id, null)
                        .withChanges(details));
                return new CrossCheckRun(run.id, run.ranAt, run.ranBy, counts);
            });
        });
    }

    @Override
    public List<CrossCheckRun> runs(Actor actor) {
        return support.guard(actor, "dropout.crosscheck.view", TARGET, null, () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            actor.requireCurrent();
            return tx.read(em -> em.createQuery("select r from CrossCheckRun r order by r.id desc", XcRunEntity.class)
                    .setMaxResults(50).getResultList().stream()
                    .map(r -> new CrossCheckRun(r.id, r.ranAt, r.ranBy, counts(em, scope, r.id))).toList());
        });
    }

    private static Map<CheckKind, Long> counts(EntityManager em, Scope scope, long runId) {
        List<String> parts = new ArrayList<>(List.of("f.runId = :run"));
        Map<String, Object> params = new LinkedHashMap<>(Map.of("run", runId));
        FindingScope.clause(scope, parts, params);
        TypedQuery<Object[]> q = em.createQuery("select f.kind, count(f) from CrossCheckFinding f where "
                + String.join(" and ", parts) + " group by f.kind", Object[].class);
        params.forEach(q::setParameter);
        Map<CheckKind, Long> counts = new EnumMap<>(CheckKind.class);
        for (CheckKind k : CheckKind.values()) {
            counts.put(k, 0L);
        }
        q.getResultList().forEach(r -> counts.put(CheckKind.valueOf((String) r[0]), (Long) r[1]));
        return counts;
    }

    @Override
    public List<CrossCheckFinding> findings(Actor actor, FindingQuery query, int offset, int limit) {
        return support.guard(actor, "dropout.crosscheck.view", "school", query == null ? null : query.schoolId(), () -> {
            actor.require(Permission.VIEW_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            actor.requireCurrent();
            FindingQuery fq = query == null ? FindingQuery.latestOpen() : query;
            return tx.read(em -> {
                Long runId = fq.runId();
                if (runId == null) {
                    List<Long> latest = em.createQuery("select max(r.id) from CrossCheckRun r", Long.class)
                            .getResultList();
                    if (latest.isEmpty() || latest.get(0) == null) {
                        return List.<CrossCheckFinding>of();
                    }
                    runId = latest.get(0);
                }
                List<String> parts = new ArrayList<>(List.of("f.runId = :run"));
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("run", runId);
                if (fq.kind() != null) {
                    parts.add("f.kind = :kind");
                    params.put("kind", fq.kind().name());
                }
                if (fq.status() != null) {
                    parts.add("f.status = :status");
                    params.put("status", fq.status().name());
                }
                if (fq.schoolId() != null) {
                    parts.add("f.schoolId = :school");
                    params.put("school", fq.schoolId());
                }
                if (fq.town() != null && !fq.town().isBlank()) {
                    parts.add("f.town = :town");
                    params.put("town", fq.town().strip());
                }
                FindingScope.clause(scope, parts, params);
                TypedQuery<XcFindingEntity> q = em.createQuery("select f from CrossCheckFinding f where "
                        + String.join(" and ", parts) + " order by f.id", XcFindingEntity.class);
                params.forEach(q::setParameter);
                return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, Math.min(limit, 1000)))
                        .getResultList().stream().map(CrossCheckServiceImpl::finding).toList();
            });
        });
    }

    private XcFindingEntity findingInScope(EntityManager em, Scope scope, long findingId) {
        XcFindingEntity f = em.find(XcFindingEntity.class, findingId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFoundException(CrossCheckMessages.FINDING_NOT_FOUND, String.valueOf(findingId));
        }
        scope.require(f.schoolId, f.classId, f.town, f.village, false);
        if (FindingStatus.RESOLVED.name().equals(f.status)) {
            throw new DomainException(CrossCheckMessages.FINDING_RESOLVED);
        }
        return f;
    }

    @Override
    public CrossCheckFinding resolve(Actor actor, long findingId, String reason) {
        return support.guard(actor, "dropout.crosscheck.resolve", TARGET, findingId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            String text = reason == null ? "" : reason.strip();
            if (text.isEmpty()) {
                throw new ValidationException(List.of(new FieldError("reason", CrossCheckMessages.REASON_REQUIRED)));
            }
            if (text.length() > MAX_REASON) {
                throw new ValidationException(List.of(new FieldError("reason", CrossCheckMessages.REASON_TOO_LONG,
                        MAX_REASON)));
            }
            return tx.inTransaction(em -> {
                XcFindingEntity f = findingInScope(em, scope, findingId);
                f.status = FindingStatus.RESOLVED.name();
                f.resolution = text;
                f.resolvedBy = actor.username();
                f.resolvedAt = support.now();
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.crosscheck.resolve", TARGET, f.id, f.schoolId)
                        .withChanges(Map.of("kind", f.kind, "run", f.runId)));
                return finding(f);
            });
        });
    }

    @Override
    public long openSuspected(Actor actor, long findingId) {
        return support.guard(actor, "dropout.crosscheck.open-entry", TARGET, findingId, () -> {
            actor.require(Permission.RECORD_DROPOUT);
            Scope scope = Scope.of(actor, areas);
            return tx.inTransaction(em -> {
                XcFindingEntity f = findingInScope(em, scope, findingId);
                if (!CheckKind.NOT_ENROLLED.name().equals(f.kind)) {
                    throw new DomainException(CrossCheckMessages.NOT_AN_ENROLMENT_FINDING);
                }
                ChineseIdNumber id = ChineseIdNumber.parse(f.idNumber, support.clock().clock());
                // the ledger's own path: checks the child (ID, age), finds a record made since the
                // run, and keeps one open entry per child
                Entries.Child child = entries.resolve(actor, new ChildData(null, f.name, id.sex(), id.birthDate(),
                        f.idNumber), config, support.today());
                Entries.Opened o = entries.openOrAttach(em, actor, child, null, new Entries.Finding(null, f.town,
                        f.village, ReasonCategory.OTHER, AtRiskSource.CROSS_CHECK, "crosscheck:" + f.id, support.today(),
                        null));
                f.entryId = o.entry().id;
                f.status = FindingStatus.RESOLVED.name();
                f.resolution = null;
                f.resolvedBy = actor.username();
                f.resolvedAt = support.now();
                em.flush();
                support.audit(em, AuditEvent.of(actor, "dropout.crosscheck.open-entry", TARGET, f.id, f.schoolId)
                        .withChanges(Map.of("entry", f.entryId, "created", o.created())));
                return f.entryId;
            });
        });
    }

    static ImportedList list(XcListEntity l) {
        return new ImportedList(l.id, ListKind.valueOf(l.kind), l.town, l.rowCount, l.importedAt, l.importedBy);
    }

    static CrossCheckFinding finding(XcFindingEntity f) {
        return new CrossCheckFinding(f.id, f.runId, CheckKind.valueOf(f.kind), f.name, IdentityMask.idNumber(f.idNumber),
                f.studentId, f.schoolId, f.town, f.village, f.entryId, f.inRegister, f.jointFollowUp, f.listNote,
                FindingStatus.valueOf(f.status), f.resolution, f.resolvedBy, f.resolvedAt);
    }
}
