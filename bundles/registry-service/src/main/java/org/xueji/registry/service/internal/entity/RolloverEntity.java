package org.xueji.registry.service.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A school rolled over at the end of a school year (issue 15): the next run skips it. */
@Entity(name = "Rollover")
@Table(name = "REG_ROLLOVER")
@IdClass(RolloverEntity.Key.class)
public class RolloverEntity {
    @Id @Column(name = "SCHOOL_ID") public long schoolId;
    @Id @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "DONE_AT") public Instant doneAt;
    @Column(name = "MOVED_UP") public int movedUp;
    @Column(name = "GRADUATED") public int graduated;
    @Column(name = "REPEATING") public int repeating;
    @Column(name = "CLASSES_CREATED") public int classesCreated;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long schoolId;
        public int schoolYear;

        public Key() {
        }

        public Key(long schoolId, int schoolYear) {
            this.schoolId = schoolId;
            this.schoolYear = schoolYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.schoolId == schoolId && k.schoolYear == schoolYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, schoolYear);
        }
    }
}
