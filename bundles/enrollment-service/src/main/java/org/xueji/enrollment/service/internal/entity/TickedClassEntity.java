package org.xueji.enrollment.service.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A class whose presence was ticked in a check. */
@Entity(name = "TickedClass")
@Table(name = "ENR_TICKED_CLASS")
@IdClass(TickedClassEntity.Key.class)
public class TickedClassEntity {
    @Id @Column(name = "VERIFICATION_ID") public long verificationId;
    @Id @Column(name = "CLASS_ID") public long classId;
    @Column(name = "TICKED_BY") public String tickedBy;
    @Column(name = "TICKED_AT") public Instant tickedAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long verificationId;
        public long classId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.verificationId == verificationId && k.classId == classId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(verificationId) * 31 + Long.hashCode(classId);
        }
    }
}
