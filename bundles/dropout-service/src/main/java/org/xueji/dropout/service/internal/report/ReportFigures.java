package org.xueji.dropout.service.internal.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.dropout.api.ClosingOutcome;
import org.xueji.dropout.api.ReasonCategory;
import org.xueji.dropout.api.homevisit.ContactKind;
import org.xueji.dropout.api.report.CampaignFigures;
import org.xueji.dropout.api.report.DropoutReport;
import org.xueji.dropout.api.report.SchoolFigures;

/**
 * The report's figures from the entries' dates (found, confirmed, closed), so a past period's
 * report stays the same: one query for the entries found by the period's end (about 1 % of the
 * students in a bad year), counted here; visits, home visits and campaigns counted in SQL.
 */
final class ReportFigures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ReportFigures() {
    }

    private static final class School {
        long suspected;
        long dropout;
        long found;
        long returned;
    }

    static DropoutReport compute(EntityManager em, Long schoolId, LocalDate from, LocalDate to) {
        String school = schoolId == null ? "" : " and e.schoolId = :school";
        TypedQuery<Object[]> q = em.createQuery("select e.schoolId, e.foundOn, e.confirmedOn, e.closedOn, e.outcome, "
                + "e.reason, e.town from DropoutEntry e where e.foundOn <= :to" + school, Object[].class)
                .setParameter("to", to);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        long suspected = 0;
        long dropout = 0;
        long found = 0;
        long confirmed = 0;
        Map<ClosingOutcome, Long> closed = new EnumMap<>(ClosingOutcome.class);
        Map<ReasonCategory, Long> reasons = new EnumMap<>(ReasonCategory.class);
        Map<Long, School> bySchool = new TreeMap<>();
        Map<String, Long> byTown = new TreeMap<>();
        for (Object[] r : q.getResultList()) {
            Long sid = (Long) r[0];
            LocalDate foundOn = (LocalDate) r[1];
            LocalDate confirmedOn = (LocalDate) r[2];
            LocalDate closedOn = (LocalDate) r[3];
            School s = sid == null ? new School() : bySchool.computeIfAbsent(sid, k -> new School());
            if (!foundOn.isBefore(from)) {
                found++;
                s.found++;
            }
            if (confirmedOn != null && within(confirmedOn, from, to)) {
                confirmed++;
            }
            if (closedOn != null && within(closedOn, from, to) && r[4] != null) {
                ClosingOutcome outcome = ClosingOutcome.valueOf((String) r[4]);
                closed.merge(outcome, 1L, Long::sum);
                if (outcome == ClosingOutcome.BACK_AT_SCHOOL) {
                    s.returned++;
                }
            }
            boolean openAtEnd = closedOn == null || closedOn.isAfter(to);
            if (openAtEnd) {
                if (confirmedOn != null && !confirmedOn.isAfter(to)) {
                    dropout++;
                    s.dropout++;
                } else {
                    suspected++;
                    s.suspected++;
                }
                reasons.merge(ReasonCategory.valueOf((String) r[5]), 1L, Long::sum);
                byTown.merge(r[6] == null ? "" : (String) r[6], 1L, Long::sum);
            }
        }
        List<SchoolFigures> schools = new ArrayList<>();
        bySchool.forEach((id, s) -> schools.add(new SchoolFigures(id, s.suspected, s.dropout, s.found, s.returned)));
        return new DropoutReport(schoolId, from, to, suspected, dropout, found, confirmed,
                closed.getOrDefault(ClosingOutcome.BACK_AT_SCHOOL, 0L), closed, reasons,
                persuasionVisits(em, schoolId, from, to), homeVisits(em, schoolId, from, to),
                campaigns(em, schoolId, from, to), schools, byTown);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static long persuasionVisits(EntityManager em, Long schoolId, LocalDate from, LocalDate to) {
        TypedQuery<Long> q = em.createQuery("select count(v) from DropoutVisit v, DropoutEntry e where v.entryId = e.id "
                + "and v.visitedOn between :from and :to" + (schoolId == null ? "" : " and e.schoolId = :school"),
                Long.class).setParameter("from", from).setParameter("to", to);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        return q.getSingleResult();
    }

    private static Map<ContactKind, Long> homeVisits(EntityManager em, Long schoolId, LocalDate from, LocalDate to) {
        TypedQuery<Object[]> q = em.createQuery("select v.kind, count(v) from DropoutHomeVisit v where v.visitDate "
                + "between :from and :to" + (schoolId == null ? "" : " and v.schoolId = :school") + " group by v.kind",
                Object[].class).setParameter("from", from).setParameter("to", to);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        Map<ContactKind, Long> out = new EnumMap<>(ContactKind.class);
        for (ContactKind k : ContactKind.values()) {
            out.put(k, 0L);
        }
        for (Object[] r : q.getResultList()) {
            out.put(ContactKind.valueOf((String) r[0]), (Long) r[1]);
        }
        return out;
    }

    /** Campaigns open at some time in the period: opened by its end, not closed before its start. */
    private static List<CampaignFigures> campaigns(EntityManager em, Long schoolId, LocalDate from, LocalDate to) {
        java.time.Instant start = from.atStartOfDay(ZONE).toInstant();
        java.time.Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        List<Object[]> rows = em.createQuery("select c.id, c.title, c.schoolYear, c.semester, c.closedAt "
                + "from DropoutCampaign c where c.openedOn <= :to and (c.closedAt is null or c.closedAt >= :start) "
                + "order by c.openedOn, c.id", Object[].class).setParameter("to", to).setParameter("start", start)
                .getResultList();
        String school = schoolId == null ? "" : " and h.schoolId = :school";
        List<CampaignFigures> out = new ArrayList<>();
        for (Object[] c : rows) {
            long id = (Long) c[0];
            long households = count(em, "select count(h) from DropoutHousehold h where h.campaignId = :c" + school,
                    id, schoolId, null);
            long recorded = count(em, "select count(h) from DropoutHousehold h where h.campaignId = :c "
                    + "and h.recordedAt < :end" + school, id, schoolId, end);
            long out0 = count(em, "select count(k) from DropoutSurveyChild k, DropoutHousehold h where "
                    + "k.householdId = h.id and h.campaignId = :c and k.finding = 'OUT_OF_SCHOOL' and h.recordedAt < :end"
                    + school, id, schoolId, end);
            java.time.Instant closedAt = (java.time.Instant) c[4];
            out.add(new CampaignFigures(id, (String) c[1], (Integer) c[2], (Integer) c[3], households, recorded, out0,
                    closedAt != null && closedAt.isBefore(end)));
        }
        return out;
    }

    private static long count(EntityManager em, String jpql, long campaign, Long schoolId, java.time.Instant end) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("c", campaign);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        if (end != null) {
            q.setParameter("end", end);
        }
        return q.getSingleResult();
    }
}
