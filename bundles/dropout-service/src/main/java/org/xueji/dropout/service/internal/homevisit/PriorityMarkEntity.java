package org.xueji.dropout.service.internal.homevisit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Row of {@code DRP_PRIORITY_MARK}: a priority group the registry has no field for (R28). */
@Entity(name = "DropoutPriorityMark")
@Table(name = "DRP_PRIORITY_MARK")
@IdClass(PriorityMarkEntity.Key.class)
public class PriorityMarkEntity {
    @Id @Column(name = "STUDENT_ID") public long studentId;
    @Id @Column(name = "GRP") public String group;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "CLASS_ID") public Long classId;
    @Column(name = "MARKED_BY") public String markedBy;
    @Column(name = "MARKED_AT") public Instant markedAt;

    /** Composite key (student, group). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long studentId;
        public String group;

        public Key() {
        }

        public Key(long studentId, String group) {
            this.studentId = studentId;
            this.group = group;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.studentId == studentId && Objects.equals(k.group, group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studentId, group);
        }
    }
}
