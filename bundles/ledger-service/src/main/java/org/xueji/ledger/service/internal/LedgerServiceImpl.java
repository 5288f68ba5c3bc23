package org.xueji.ledger.service.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.ledger.api.AnnualAssessment;
import org.xueji.ledger.api.AnnualScoring;
import org.xueji.ledger.api.FollowUpKind;
import org.xueji.ledger.api.Incident;
import org.xueji.ledger.api.IncidentPost;
import org.xueji.ledger.api.IncidentStatus;
import org.xueji.ledger.api.IncidentType;
import org.xueji.ledger.api.LedgerDocument;
import org.xueji.ledger.api.LedgerExport;
import org.xueji.ledger.api.LedgerLimits;
import org.xueji.ledger.api.LedgerMessages;
import org.xueji.ledger.api.LedgerQuery;
import org.xueji.ledger.api.LedgerService;
import org.xueji.ledger.api.ManualIncident;
import org.xueji.ledger.api.NewFollowUp;
import org.xueji.ledger.service.internal.entity.DocumentEntity;
import org.xueji.ledger.service.internal.entity.FollowUpEntity;
import org.xueji.ledger.service.internal.entity.IncidentEntity;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformClock;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.audit.AuditService;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseService;
import org.xueji.platform.persistence.AuditTrail;
import org.xueji.platform.persistence.DeniedAccess;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.School;
import org.xueji.registry.api.SchoolService;

/**
 * The monthly ledger and the annual assessment (D4, R11, R13, R16, R17). Permission and school
 * scope are checked before any read or write; every change is audited in its transaction and
 * every refusal through {@link DeniedAccess}.
 */
@Component(service = LedgerService.class, configurationPid = LedgerConfig.PID)
public class LedgerServiceImpl implements LedgerService {

    static final String TARGET = "ledger-incident";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerServiceImpl.class);

    private final Transactions tx;
    private final AuditTrail audit;
    private final DeniedAccess denied;
    private final PlatformClock clock;
    private final SchoolService schools;
    private final DataReleaseService releases;
    private volatile LedgerConfig config;

    @Activate
    public LedgerServiceImpl(@Reference(target = "(osgi.unit.name=xueji-ledger)") EntityManagerFactory emf,
                             @Reference AuditTrail audit, @Reference AuditService auditService,
                             @Reference PlatformClock clock, @Reference SchoolService schools,
                             @Reference DataReleaseService releases, Map<String, Object> properties) {
        this(new Transactions(emf), audit, new DeniedAccess(auditService), clock, schools, releases,
                LedgerConfig.from(properties, LOG::warn));
    }

    LedgerServiceImpl(Transactions tx, AuditTrail audit, DeniedAccess denied, PlatformClock clock,
                      SchoolService schools, DataReleaseService releases, LedgerConfig config) {
        this.tx = tx;
        this.audit = audit;
        this.denied = denied;
        this.clock = clock;
        this.schools = schools;
        this.releases = releases;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> properties) {
        config = LedgerConfig.from(properties, LOG::warn);
    }

    void configure(LedgerConfig newConfig) {
        config = newConfig;
    }

    @Override
    public Incident post(Actor actor, IncidentPost p) {
        return denied.guard(actor, "ledger.incident.post", "school", p.schoolId(), () -> {
            requireSchoolOrBureau(actor, p.schoolId());
            IncidentRules.checkPost(p, clock.today());
            requireExistingSchool(actor, p.schoolId());
            return tx.inTransaction(em -> {
                if (p.reference() != null) {
                    IncidentEntity known = IncidentQueries.byReference(em, p.sourceModule(), p.reference().strip());
                    if (known != null) {
                        return IncidentQueries.withFollowUps(em, List.of(known)).get(0);
                    }
                }
                IncidentEntity e = newIncident(actor, p.type(), p.schoolId(), p.occurredOn());
                e.sourceModule = p.sourceModule();
                e.descriptionKey = p.description().name();
                e.descriptionArgs = String.join(IncidentQueries.ARG_SEPARATOR, p.args());
                e.studentId = p.studentId();
                e.reference = p.reference() == null ? null : p.reference().strip();
                em.persist(e);
                em.flush();
                Map<String, Object> details = details(e);
                details.put("source", e.sourceModule);
                audit.append(em, event(actor, "ledger.incident.post", e).withChanges(details));
                return IncidentQueries.incident(e, List.of());
            });
        });
    }

    @Override
    public Incident record(Actor actor, ManualIncident m) {
        return denied.guard(actor, "ledger.incident.record", "school", m.schoolId(), () -> {
            actor.require(Permission.RECORD_LEDGER);
            requireDistrict(actor);
            String description = IncidentRules.checkManual(m, clock.today());
            requireExistingSchool(actor, m.schoolId());
            return tx.inTransaction(em -> {
                IncidentEntity e = newIncident(actor, m.type(), m.schoolId(), m.occurredOn());
                e.sourceModule = Incident.MANUAL;
                e.descriptionText = description;
                em.persist(e);
                em.flush();
                Map<String, Object> details = details(e);
                details.put("descriptionLength", description.length());
                audit.append(em, event(actor, "ledger.incident.record", e).withChanges(details));
                return IncidentQueries.incident(e, List.of());
            });
        });
    }

    @Override
    public Incident followUp(Actor actor, long incidentId, NewFollowUp f) {
        return denied.guard(actor, "ledger.followup.add", TARGET, incidentId, () -> {
            actor.require(Permission.FOLLOW_UP_LEDGER);
            String documentName = IncidentRules.checkFollowUp(f);
            if (f.kind() == FollowUpKind.DISTRICT_NOTICE) {
                requireDistrict(actor);
            }
            return tx.inTransaction(em -> {
                IncidentEntity e = findInScope(em, actor, incidentId, true);
                if (IncidentStatus.CLOSED.name().equals(e.status)) {
                    throw new DomainException(LedgerMessages.INCIDENT_CLOSED);
                }
                FollowUpEntity fu = new FollowUpEntity();
                fu.incidentId = e.id;
                fu.kind = f.kind().name();
                fu.note = f.note() == null || f.note().isBlank() ? null : f.note().strip();
                fu.noticeNumber = f.kind() == FollowUpKind.DISTRICT_NOTICE ? f.noticeNumber().strip() : null;
                fu.documentName = documentName;
                fu.documentBytes = documentName == null ? 0 : f.document().length;
                fu.recordedAt = clock.now();
                fu.recordedBy = actor.username();
                em.persist(fu);
                em.flush();
                if (documentName != null) {
                    DocumentEntity doc = new DocumentEntity();
                    doc.followUpId = fu.id;
                    doc.content = f.document().clone();
                    em.persist(doc);
                }
                String before = e.status;
                e.status = IncidentStatus.FOLLOWED_UP.name();
                em.flush();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("followUp", fu.id);
                details.put("kind", fu.kind);
                if (fu.noticeNumber != null) {
                    details.put("noticeNumber", fu.noticeNumber);
                }
                if (fu.documentBytes > 0) {
                    details.put("documentBytes", fu.documentBytes);
                }
                details.put("status", List.of(before, e.status));
                audit.append(em, event(actor, "ledger.followup.add", e).withChanges(details));
                return IncidentQueries.withFollowUps(em, List.of(e)).get(0);
            });
        });
    }

    @Override
    public Incident close(Actor actor, long incidentId, String note) {
        return denied.guard(actor, "ledger.incident.close", TARGET, incidentId, () -> {
            actor.require(Permission.RECORD_LEDGER);
            requireDistrict(actor);
            String cleaned = IncidentRules.checkClosingNote(note);
            return tx.inTransaction(em -> {
                IncidentEntity e = findInScope(em, actor, incidentId, true);
                if (IncidentStatus.CLOSED.name().equals(e.status)) {
                    throw new DomainException(LedgerMessages.INCIDENT_CLOSED);
                }
                if (!IncidentStatus.FOLLOWED_UP.name().equals(e.status)) {
                    throw new DomainException(LedgerMessages.CLOSE_NEEDS_FOLLOW_UP);
                }
                e.status = IncidentStatus.CLOSED.name();
                e.closedAt = clock.now();
                e.closedBy = actor.username();
                e.closingNote = cleaned;
                em.flush();
                audit.append(em, event(actor, "ledger.incident.close", e).withChanges(Map.of(
                        "status", List.of(IncidentStatus.FOLLOWED_UP.name(), e.status))));
                return IncidentQueries.withFollowUps(em, List.of(e)).get(0);
            });
        });
    }

    @Override
    public Incident get(Actor actor, long incidentId) {
        return denied.guard(actor, "ledger.incident.view", TARGET, incidentId, () -> {
            actor.require(Permission.VIEW_LEDGER);
            return tx.read(em -> IncidentQueries.withFollowUps(em,
                    List.of(findInScope(em, actor, incidentId, false))).get(0));
        });
    }

    @Override
    public long count(Actor actor, LedgerQuery query) {
        return denied.guard(actor, "ledger.view", "school", query.schoolId(), () -> {
            LedgerQuery scoped = scoped(actor, query);
            return tx.read(em -> IncidentQueries.count(em, scoped));
        });
    }

    @Override
    public List<Incident> list(Actor actor, LedgerQuery query, int offset, int limit) {
        return denied.guard(actor, "ledger.view", "school", query.schoolId(), () -> {
            LedgerQuery scoped = scoped(actor, query);
            return tx.read(em -> IncidentQueries.page(em, scoped, offset, Math.min(limit, 1000)));
        });
    }

    @Override
    public LedgerDocument document(Actor actor, long followUpId) {
        return denied.guard(actor, "ledger.document.view", "ledger-follow-up", followUpId, () -> {
            actor.require(Permission.VIEW_LEDGER);
            return tx.inTransaction(em -> {
                FollowUpEntity fu = em.find(FollowUpEntity.class, followUpId);
                DocumentEntity doc = fu == null ? null : em.find(DocumentEntity.class, followUpId);
                if (doc == null) {
                    throw new NotFoundException(LedgerMessages.FOLLOW_UP_NOT_FOUND, String.valueOf(followUpId));
                }
                IncidentEntity e = findInScope(em, actor, fu.incidentId, false);
                audit.append(em, event(actor, "ledger.document.view", e).withChanges(Map.of("followUp", fu.id)));
                return new LedgerDocument(fu.documentName, doc.content.clone());
            });
        });
    }

    @Override
    public AnnualAssessment assessment(Actor actor, int year) {
        return denied.guard(actor, "ledger.assessment", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_LEDGER);
            IncidentRules.checkYear(year, clock.today());
            LedgerConfig c = config;
            List<School> inScope = schools.listSchools(actor);
            Map<Long, Map<IncidentType, Integer>> counts = tx.read(em -> IncidentQueries.yearCounts(em, year,
                    actor.isDistrictWide() ? null : actor.schoolId()));
            List<AnnualScoring.Entry> entries = new ArrayList<>();
            for (School s : inScope) {
                entries.add(new AnnualScoring.Entry(s.id(), s.code(), s.name(),
                        counts.getOrDefault(s.id(), Map.of())));
            }
            int bureau = !actor.isDistrictWide() ? 0 : counts.getOrDefault(null, Map.of()).values().stream()
                    .mapToInt(Integer::intValue).sum();
            return new AnnualAssessment(year, c.baseScore(), c.weights(),
                    AnnualScoring.rank(c.baseScore(), c.weights(), entries), bureau);
        });
    }

    @Override
    public LedgerExport export(Actor actor, LedgerQuery query, long releaseId) {
        return denied.guard(actor, "ledger.export", "school", query.schoolId(), () -> {
            actor.require(Permission.EXPORT_DATA);
            LedgerQuery scoped = scoped(actor, query);
            long n = tx.read(em -> IncidentQueries.count(em, scoped));
            if (n > LedgerLimits.MAX_EXPORT) {
                throw new DomainException(LedgerMessages.EXPORT_TOO_LARGE, LedgerLimits.MAX_EXPORT);
            }
            // R4: one download of an approved release (refused, and audited, by the release service)
            DataRelease release = releases.authorizeExport(actor, releaseId, "ledger.csv", scoped.schoolId());
            List<Incident> rows = tx.read(em -> IncidentQueries.page(em, scoped, 0, LedgerLimits.MAX_EXPORT));
            return new LedgerExport(rows, release.id(), release.watermark());
        });
    }

    @Override
    public Map<IncidentType, Integer> weights() {
        return new EnumMap<>(config.weights());
    }

    private IncidentEntity newIncident(Actor actor, IncidentType type, Long schoolId, LocalDate day) {
        IncidentEntity e = new IncidentEntity();
        e.schoolId = schoolId;
        e.type = type.name();
        e.occurredOn = day;
        e.status = IncidentStatus.OPEN.name();
        e.recordedAt = clock.now();
        e.recordedBy = actor.username();
        return e;
    }

    /** School users: their own school only, whatever the filter asked; the bureau's entries are the district's. */
    private LedgerQuery scoped(Actor actor, LedgerQuery q) {
        actor.require(Permission.VIEW_LEDGER);
        IncidentRules.checkMonth(q.month(), clock.today());
        if (actor.isDistrictWide()) {
            return q;
        }
        if (q.bureau()) {
            throw new AccessDeniedException(LedgerMessages.BUREAU_DISTRICT_ONLY);
        }
        if (q.schoolId() != null) {
            actor.requireSchool(q.schoolId());
        }
        return q.withSchool(actor.schoolId());
    }

    private IncidentEntity findInScope(EntityManager em, Actor actor, long id, boolean lock) {
        IncidentEntity e = lock ? em.find(IncidentEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(IncidentEntity.class, id);
        if (e == null) {
            throw new NotFoundException(LedgerMessages.INCIDENT_NOT_FOUND, String.valueOf(id));
        }
        requireSchoolOrBureau(actor, e.schoolId);
        return e;
    }

    private static void requireSchoolOrBureau(Actor actor, Long schoolId) {
        if (schoolId == null) {
            if (!actor.isDistrictWide()) {
                throw new AccessDeniedException(LedgerMessages.BUREAU_DISTRICT_ONLY);
            }
        } else {
            actor.requireSchool(schoolId);
        }
    }

    private static void requireDistrict(Actor actor) {
        if (!actor.isDistrictWide()) {
            throw new AccessDeniedException(LedgerMessages.DISTRICT_ONLY);
        }
    }

    /** An incident for a school that does not exist is refused (nothing stored). */
    private void requireExistingSchool(Actor actor, Long schoolId) {
        if (schoolId == null) {
            return;
        }
        try {
            schools.getSchool(actor, schoolId);
        } catch (NotFoundException e) {
            throw new ValidationException(List.of(new FieldError("schoolId", LedgerMessages.SCHOOL_UNKNOWN,
                    String.valueOf(schoolId))));
        }
    }

    private static Map<String, Object> details(IncidentEntity e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", e.type);
        details.put("month", e.occurredOn.toString().substring(0, 7));
        details.put("school", e.schoolId == null ? "bureau" : e.schoolId);
        details.put("status", e.status);
        return details;
    }

    private static AuditEvent event(Actor actor, String action, IncidentEntity e) {
        return AuditEvent.of(actor, action, TARGET, e.id, e.schoolId);
    }
}
