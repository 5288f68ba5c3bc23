package org.xueji.admission.service.internal.entity;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity(name = "AdmPlan")
@Table(name = "ADM_PLAN")
@IdClass(PlanEntity.Key.class)
public class PlanEntity {
    @Id @Column(name = "SEASON_ID") public Long seasonId;
    @Id @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "CLASSES") public int classes;
    @Column(name = "CLASS_CAP") public int classCap;
    @Column(name = "RESERVED") public int reserved;
    /** {@link org.xueji.admission.api.PlanStatus} name. */
    @Column(name = "APPROVAL") public String approval;
    /** The plan's current workflow request (admission-plan). */
    @Column(name = "REQUEST_ID") public Long requestId;

    public static class Key implements Serializable {
        public Long seasonId;
        public Long schoolId;

        public Key() {
        }

        public Key(Long seasonId, Long schoolId) {
            this.seasonId = seasonId;
            this.schoolId = schoolId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(seasonId, k.seasonId) && Objects.equals(schoolId, k.schoolId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seasonId, schoolId);
        }
    }
}
