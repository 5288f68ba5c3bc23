package org.xueji.dropout.service.internal.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.xueji.dropout.api.EntryStatus;
import org.xueji.dropout.api.crosscheck.CheckKind;
import org.xueji.dropout.api.crosscheck.FindingStatus;
import org.xueji.dropout.api.crosscheck.ListKind;
import org.xueji.dropout.service.internal.entity.EntryEntity;
import org.xueji.dropout.service.internal.entity.OpenChildEntity;
import org.xueji.registry.api.Student;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * The three comparisons of 四查三比对 (R29) on the lists in use, the registry and the ledgers:
 * household register against the registry (never enrolled), the R18 checks' 籍在人不在 children
 * against the household register, and the open ledger entries against the aid and poverty lists.
 */
final class Comparisons {

    private Comparisons() {
    }

    /** The findings of one run (not yet persisted), in a stable order: comparison, then list row. */
    static List<XcFindingEntity> compare(EntityManager em, long runId, Function<String, Optional<Student>> registry) {
        List<XcFindingEntity> out = new ArrayList<>();
        Map<String, XcRowEntity> register = rows(em, ListKind.HOUSEHOLD_REGISTER);
        Map<String, XcRowEntity> aid = rows(em, ListKind.FINANCIAL_AID);
        Map<String, XcRowEntity> poverty = rows(em, ListKind.POVERTY);

        // 1. 户籍 against 学籍: a registered child without a record was never enrolled
        for (XcRowEntity r : register.values()) {
            if (registry.apply(r.idNumber).isPresent()) {
                continue;
            }
            XcFindingEntity f = finding(runId, CheckKind.NOT_ENROLLED, r.idNumber, r.name);
            f.town = r.town;
            f.village = r.village;
            f.inRegister = true;
            OpenChildEntity open = em.find(OpenChildEntity.class, "I:" + r.idNumber);
            f.entryId = open == null ? null : open.entryId;
            out.add(f);
        }

        List<EntryEntity> open = em.createQuery("select e from DropoutEntry e where e.status <> :closed "
                + "and e.idNumber is not null order by e.id", EntryEntity.class)
                .setParameter("closed", EntryStatus.CLOSED.name()).getResultList();
        List<Long> r18 = em.createQuery("select distinct s.entryId from DropoutSource s where s.source = :src",
                Long.class).setParameter("src", AtRiskSource.R18_NOT_PRESENT.name()).getResultList();

        // 2. 学籍 against 在校: the R18 check's 籍在人不在 children still open on the ledgers; on the
        //    household register means the child lives here and is out of school
        for (EntryEntity e : open) {
            if (e.studentId != null && r18.contains(e.id)) {
                XcRowEntity home = register.get(e.idNumber);
                XcFindingEntity f = ofEntry(runId, CheckKind.NOT_PRESENT, e, home);
                f.inRegister = home != null;
                out.add(f);
            }
        }
        // 3. 辍学 against 资助, then against 建档立卡/低保 (a poverty household: joint follow-up)
        List<EntryEntity> outOfSchool = open.stream().filter(e -> EntryStatus.SUSPECTED.name().equals(e.status)
                || EntryStatus.DROPOUT.name().equals(e.status)).toList();
        for (EntryEntity e : outOfSchool) {
            XcRowEntity a = aid.get(e.idNumber);
            if (a != null) {
                XcFindingEntity f = ofEntry(runId, CheckKind.DROPOUT_AID, e, register.get(e.idNumber));
                f.listNote = a.note;
                out.add(f);
            }
        }
        for (EntryEntity e : outOfSchool) {
            XcRowEntity p = poverty.get(e.idNumber);
            if (p != null) {
                XcFindingEntity f = ofEntry(runId, CheckKind.DROPOUT_POVERTY, e, register.get(e.idNumber));
                f.listNote = p.note;
                f.jointFollowUp = true;
                if (f.town == null) {
                    f.town = p.town;
                    f.village = p.village;
                }
                out.add(f);
            }
        }
        return out;
    }

    /** The rows of the lists of a kind in use, by ID number, in import order (the first row of a child counts). */
    private static Map<String, XcRowEntity> rows(EntityManager em, ListKind kind) {
        Map<String, XcRowEntity> byId = new LinkedHashMap<>();
        em.createQuery("select r from CrossCheckRow r, CrossCheckList l where r.listId = l.id and l.kind = :k "
                        + "order by r.id", XcRowEntity.class).setParameter("k", kind.name()).getResultList()
                .forEach(r -> byId.putIfAbsent(r.idNumber, r));
        return byId;
    }

    private static XcFindingEntity finding(long runId, CheckKind kind, String idNumber, String name) {
        XcFindingEntity f = new XcFindingEntity();
        f.runId = runId;
        f.kind = kind.name();
        f.idNumber = idNumber;
        f.name = name;
        f.status = FindingStatus.OPEN.name();
        return f;
    }

    /** A finding about a ledger entry: its school and class; its place, else the household register's. */
    private static XcFindingEntity ofEntry(long runId, CheckKind kind, EntryEntity e, XcRowEntity home) {
        XcFindingEntity f = finding(runId, kind, e.idNumber, e.name);
        f.studentId = e.studentId;
        f.schoolId = e.schoolId;
        f.classId = e.classId;
        f.entryId = e.id;
        f.town = e.town != null ? e.town : home == null ? null : home.town;
        f.village = e.town != null ? e.village : home == null ? null : home.village;
        return f;
    }
}
