package org.xueji.transfer.service.internal;

import static org.xueji.transfer.service.internal.ChangeAccess.TARGET;
import static org.xueji.transfer.service.internal.ChangeAccess.visible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.TypedQuery;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.NotFoundException;
import org.xueji.platform.api.Permission;
import org.xueji.platform.api.PlatformMessages;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.audit.AuditEvent;
import org.xueji.platform.api.identity.IdentityMask;
import org.xueji.platform.api.workflow.WorkflowRequest;
import org.xueji.platform.api.workflow.WorkflowService;
import org.xueji.platform.persistence.ModuleSupport;
import org.xueji.platform.persistence.Transactions;
import org.xueji.registry.api.transfer.RecordChanges;
import org.xueji.registry.api.transfer.RecordPlacement;
import org.xueji.transfer.api.ChangeQuery;
import org.xueji.transfer.api.ChangeRequest;
import org.xueji.transfer.api.ChangeType;
import org.xueji.transfer.api.Evidence;
import org.xueji.transfer.api.EvidenceCategory;
import org.xueji.transfer.api.TransferMessages;
import org.xueji.transfer.service.internal.entity.ChangeEntity;
import org.xueji.transfer.service.internal.entity.EvidenceEntity;
import org.xueji.transfer.service.internal.entity.IncomingEntity;

/**
 * Reading changes within the actor's scope: one change, lists, a student's changes, evidence, the
 * printed 转学联系表 and the monthly statistics.
 */
final class ChangeQueries {

    /** Audit action of reading a pending transfer in's entered record (ids only, never its values). */
    static final String ENTERED_RECORD = "transfer.entered-record";

    private final ModuleSupport support;
    private final Transactions tx;
    private final RecordChanges records;
    private final WorkflowService workflow;
    private final ChangeViews views;
    private final java.util.function.LongFunction<String> schoolNames;

    ChangeQueries(ModuleSupport support, RecordChanges records, WorkflowService workflow, ChangeViews views,
                  java.util.function.LongFunction<String> schoolNames) {
        this.support = support;
        this.tx = support.transactions();
        this.records = records;
        this.workflow = workflow;
        this.views = views;
        this.schoolNames = schoolNames;
    }

    public ChangeRequest get(Actor actor, long changeId) {
        return support.guard(actor, "transfer.get", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> views.view(visible(em, actor, changeId), actor, support.today()));
        });
    }

    List<ChangeRequest> list(Actor actor, ChangeQuery query, int offset, int limit) {
        return support.guard(actor, "transfer.list", "school", query.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (query.schoolId() != null) {
                actor.requireSchool(query.schoolId());
            }
            Long school = query.schoolId() != null ? query.schoolId() : actor.schoolId();
            return tx.read(em -> {
                StringBuilder jpql = new StringBuilder("select c from TransferChange c where 1 = 1");
                if (school != null) {
                    jpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                if (query.pendingOnly() || query.overdueOnly()) {
                    jpql.append(" and c.status = 'PENDING'");
                }
                if (query.type() != null) {
                    jpql.append(" and c.type = :type");
                }
                TypedQuery<ChangeEntity> q = em.createQuery(jpql.append(" order by c.id desc").toString(),
                        ChangeEntity.class);
                if (school != null) {
                    q.setParameter("school", school);
                }
                if (query.type() != null) {
                    q.setParameter("type", query.type().id());
                }
                List<ChangeRequest> out = new ArrayList<>();
                if (!query.overdueOnly()) {
                    q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, Math.min(limit, 500)));
                }
                for (ChangeEntity e : q.getResultList()) {
                    ChangeRequest v = views.view(e, actor, support.today());
                    if (!query.overdueOnly() || v.overdue()) {
                        out.add(v);
                    }
                }
                return query.overdueOnly() ? out.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList()
                        : out;
            });
        });
    }

    List<ChangeRequest> ofStudent(Actor actor, long studentId) {
        return support.guard(actor, "transfer.student", "student", studentId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                RecordPlacement rec = records.record(em, studentId).orElseThrow(() ->
                        new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, studentId));
                actor.requireScope(rec.schoolId(), rec.classId());
                return em.createQuery("select c from TransferChange c where c.studentId = :s order by c.id",
                                ChangeEntity.class).setParameter("s", studentId).getResultList().stream()
                        .map(e -> views.view(e, actor, support.today())).toList();
            });
        });
    }

    List<Evidence> evidenceOf(Actor actor, long changeId) {
        return support.guard(actor, "transfer.evidence-list", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return tx.read(em -> {
                visible(em, actor, changeId);
                return em.createQuery("select e.id, e.category, e.kind, e.fileName, e.bytes, e.uploadedBy, e.uploadedAt "
                                + "from TransferEvidence e where e.changeId = :c order by e.id", Object[].class)
                        .setParameter("c", changeId).getResultList().stream()
                        .map(r -> new Evidence((Long) r[0], changeId, EvidenceCategory.valueOf((String) r[1]),
                                (String) r[2], (String) r[3], (Integer) r[4], (String) r[5], (java.time.Instant) r[6]))
                        .toList();
            });
        });
    }

    byte[] evidence(Actor actor, long evidenceId) {
        return support.guard(actor, "transfer.evidence", "transfer-evidence", evidenceId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return support.change(em -> {
                EvidenceEntity ev = em.find(EvidenceEntity.class, evidenceId);
                if (ev == null) {
                    throw new NotFoundException(TransferMessages.EVIDENCE_NOT_FOUND, evidenceId);
                }
                visible(em, actor, ev.changeId);
                return ev.content;
            }, bytes -> AuditEvent.of(actor, "transfer.evidence", "transfer-evidence", evidenceId, null));
        });
    }

    byte[] contactForm(Actor actor, long changeId) {
        return support.guard(actor, "transfer.form", TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            ContactForm.Facts facts = support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                ChangeType type = ChangeType.ofId(e.type);
                String number;
                String idNumber = null;
                IncomingEntity entered = type == ChangeType.TRANSFER_IN ? em.find(IncomingEntity.class, e.id) : null;
                if (entered != null) {
                    // a transfer in not yet decided: no record exists; the form shows the entered record's masked
                    // ID number, the 学籍号 is given when the district approves
                    number = ContactForm.NUMBER_ON_APPROVAL;
                    idNumber = IdentityMask.idNumber(entered.idNumber);
                } else {
                    RecordPlacement rec = records.record(em, e.studentId).orElseThrow(() ->
                            new NotFoundException(TransferMessages.CHANGE_NOT_FOUND, changeId));
                    number = IdentityMask.registryNumber(rec.registryNumber());
                }
                String toClass = e.toClassId == null ? "-" : records.classPlacement(em, e.toClassId)
                        .map(c -> org.xueji.registry.api.Grades.className(c.gradeLevel(), c.classNumber())).orElse("-");
                WorkflowRequest request = e.workflowId == null ? null
                        : workflow.request(Actor.system("transfer-form"), e.workflowId);
                // a transfer in comes from a school outside the district: the sending school as entered
                String from = type == ChangeType.TRANSFER_IN ? e.otherSide : schoolNames.apply(e.fromSchoolId);
                return new ContactForm.Facts(e.id, type, number, idNumber, from,
                        e.toSchoolId == null ? "-" : schoolNames.apply(e.toSchoolId),
                        toClass, e.targetGrade, e.effectiveDate, e.reason, request);
            }, f -> AuditEvent.of(actor, "transfer.form", TARGET, changeId, null));
            return ContactForm.render(facts);
        });
    }

    /** The entered record of a pending transfer in, masked (R1); empty for other changes and once decided. */
    java.util.Optional<org.xueji.transfer.api.EnteredRecord> enteredRecord(Actor actor, long changeId) {
        return support.guard(actor, ENTERED_RECORD, TARGET, changeId, () -> {
            actor.require(Permission.VIEW_STUDENT);
            return support.change(em -> {
                ChangeEntity e = visible(em, actor, changeId);
                IncomingEntity in = ChangeType.ofId(e.type) == ChangeType.TRANSFER_IN
                        ? em.find(IncomingEntity.class, e.id) : null;
                if (in == null) {
                    return java.util.Optional.<org.xueji.transfer.api.EnteredRecord>empty();
                }
                return java.util.Optional.of(new org.xueji.transfer.api.EnteredRecord(e.id, in.name,
                        in.sex == null ? null : org.xueji.platform.api.identity.Sex.fromCode(in.sex), in.birthDate,
                        in.idType == null ? null : org.xueji.registry.api.CodedValue.fromCodeOrLabel(
                                org.xueji.registry.api.IdDocumentType.class, in.idType),
                        IdentityMask.idNumber(in.idNumber), e.targetGrade, e.otherSide));
            }, r -> AuditEvent.of(actor, ENTERED_RECORD, TARGET, changeId, null)
                    .withChanges(java.util.Map.of("shown", r.isPresent())));
        });
    }

    /**
     * The statistics as a file (R4): aggregate counts free; the decided changes' rows only after the release
     * service used one download of an approved release for the actor's school (it refuses and audits).
     */
    byte[] exportStatistics(Actor actor, org.xueji.transfer.api.StatisticsExport export,
                            org.xueji.platform.api.release.DataReleaseService releases) {
        return support.guard(actor, "transfer.export", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (export.format() == null) {
                throw new ValidationException(List.of(new FieldError("format", PlatformMessages.REQUIRED)));
            }
            org.xueji.transfer.api.TransferStatistics stats = statistics(actor, export.year());
            String watermark = null;
            List<StatisticsFiles.ChangeRow> rows = List.of();
            if (export.releaseId() != null) {
                watermark = releases.authorizeExport(actor, export.releaseId(), "transfer-changes", actor.schoolId())
                        .watermark();
                rows = tx.read(em -> decidedIn(em, export.year(), actor.schoolId()).stream()
                        .map(e -> new StatisticsFiles.ChangeRow(e.id, ChangeType.ofId(e.type), e.studentId,
                                e.fromSchoolId, e.toSchoolId, e.submittedAt, e.decidedAt,
                                org.xueji.transfer.api.ChangeStatus.valueOf(e.status)))
                        .toList());
            }
            byte[] file = StatisticsFiles.render(export.format(), stats, rows, watermark, schoolNames,
                    java.util.Locale.SIMPLIFIED_CHINESE);
            java.util.Map<String, Object> changes = new java.util.HashMap<>();
            changes.put("year", export.year());
            changes.put("format", export.format().name());
            changes.put("changeRows", rows.size());
            if (export.releaseId() != null) {
                changes.put("release", export.releaseId());
            }
            tx.inTransaction(em -> {
                support.audit(em, AuditEvent.of(actor, "transfer.export", "school", actor.schoolId(), actor.schoolId())
                        .withChanges(changes));
                return null;
            });
            return file;
        });
    }

    /** The changes decided in a calendar year (China time), of one school or all. */
    private static List<ChangeEntity> decidedIn(javax.persistence.EntityManager em, int year, Long school) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        StringBuilder jpql = new StringBuilder("select c from TransferChange c where c.decidedAt >= :from "
                + "and c.decidedAt < :to and c.status in ('APPROVED', 'REJECTED')");
        if (school != null) {
            jpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
        }
        TypedQuery<ChangeEntity> q = em.createQuery(jpql.append(" order by c.id").toString(), ChangeEntity.class)
                .setParameter("from", java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        if (school != null) {
            q.setParameter("school", school);
        }
        return q.getResultList();
    }

    org.xueji.transfer.api.TransferStatistics statistics(Actor actor, int year) {
        return support.guard(actor, "transfer.statistics", "school", actor.schoolId(), () -> {
            actor.require(Permission.VIEW_STUDENT);
            if (year < 2000 || year > 2100) {
                throw new ValidationException(List.of(new FieldError("year", PlatformMessages.REQUIRED)));
            }
            Long school = actor.schoolId();
            return tx.read(em -> {
                java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
                StringBuilder jpql = new StringBuilder("select c from TransferChange c where c.decidedAt >= :from "
                        + "and c.decidedAt < :to and c.status in ('APPROVED', 'REJECTED')");
                if (school != null) {
                    jpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                TypedQuery<ChangeEntity> q = em.createQuery(jpql.toString(), ChangeEntity.class)
                        .setParameter("from", java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                        .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
                if (school != null) {
                    q.setParameter("school", school);
                }
                StringBuilder pendingJpql = new StringBuilder("select c from TransferChange c where c.status = 'PENDING'");
                if (school != null) {
                    pendingJpql.append(" and (c.fromSchoolId = :school or c.toSchoolId = :school)");
                }
                TypedQuery<ChangeEntity> pq = em.createQuery(pendingJpql.toString(), ChangeEntity.class);
                if (school != null) {
                    pq.setParameter("school", school);
                }
                int overdue = (int) pq.getResultList().stream()
                        .filter(e -> views.view(e, actor, support.today()).overdue()).count();
                return Statistics.of(year, q.getResultList(), school, overdue);
            });
        });
    }
}
