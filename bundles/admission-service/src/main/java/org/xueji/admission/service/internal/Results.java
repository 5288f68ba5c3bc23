package org.xueji.admission.service.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.xueji.admission.api.ApplicationStatus;
import org.xueji.admission.api.PublicMask;
import org.xueji.admission.api.PublicResult;
import org.xueji.admission.service.internal.entity.ApplicationEntity;

/** A school's published result: its applicants and those placed there, masked (no ID numbers). */
final class Results {

    private Results() {
    }

    static List<PublicResult> ofSchool(EntityManager em, long seasonId, long schoolId) {
        return em.createQuery("select a from AdmApplication a where a.seasonId = :s and (a.schoolId = :sc "
                        + "or a.placedSchoolId = :sc) and a.status in ('ADMITTED', 'NOT_ADMITTED', 'PLACED', "
                        + "'REGISTERED') order by a.number", ApplicationEntity.class)
                .setParameter("s", seasonId).setParameter("sc", schoolId).getResultList().stream()
                .map(a -> new PublicResult(PublicMask.number(a.number), PublicMask.name(a.childName),
                        shown(a, schoolId)))
                .toList();
    }

    /** Placed elsewhere: at this school the child was not admitted. */
    private static ApplicationStatus shown(ApplicationEntity a, long schoolId) {
        ApplicationStatus st = ApplicationStatus.valueOf(a.status);
        if (st == ApplicationStatus.PLACED && a.placedSchoolId != schoolId) {
            return ApplicationStatus.NOT_ADMITTED;
        }
        return st;
    }
}
