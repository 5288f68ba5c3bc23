package org.xueji.admission.service.internal;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.xueji.admission.api.Application;
import org.xueji.admission.api.ApplicationQuery;
import org.xueji.admission.service.internal.entity.ApplicationEntity;
import org.xueji.platform.api.Actor;

/**
 * The applications list and its count (a page of the school's or the district's list). Scope is
 * fixed here: a school account sees the applications to its school and the children the district
 * placed there, whatever school the query names; the caller has checked the permission.
 */
final class ApplicationList {

    static final int MAX_PAGE = 1000;

    private ApplicationList() {
    }

    static List<Application> page(EntityManager em, Actor actor, ApplicationQuery q, int offset, int limit) {
        TypedQuery<ApplicationEntity> query = em.createQuery("select a from AdmApplication a"
                + where(actor, q) + " order by a.number", ApplicationEntity.class);
        bind(query, actor, q);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)))
                .getResultList().stream().map(Records::application).toList();
    }

    static int count(EntityManager em, Actor actor, ApplicationQuery q) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AdmApplication a" + where(actor, q), Long.class);
        bind(query, actor, q);
        return query.getSingleResult().intValue();
    }

    /** The school the list is narrowed to: a school account's own (checked against the query's), or the query's. */
    private static Long school(Actor actor, ApplicationQuery q) {
        if (actor.isDistrictWide()) {
            return q.schoolId();
        }
        if (q.schoolId() != null) {
            actor.requireSchool(q.schoolId());
        }
        return actor.schoolId();
    }

    private static String where(Actor actor, ApplicationQuery q) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (q.seasonId() != null) {
            jpql.append(" and a.seasonId = :season");
        }
        if (school(actor, q) != null) {
            jpql.append(" and (a.schoolId = :school or a.placedSchoolId = :school)");
        }
        if (q.status() != null) {
            jpql.append(" and a.status = :status");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> query, Actor actor, ApplicationQuery q) {
        if (q.seasonId() != null) {
            query.setParameter("season", q.seasonId());
        }
        Long school = school(actor, q);
        if (school != null) {
            query.setParameter("school", school);
        }
        if (q.status() != null) {
            query.setParameter("status", q.status().name());
        }
    }
}
