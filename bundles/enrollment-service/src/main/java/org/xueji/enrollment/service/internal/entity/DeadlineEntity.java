package org.xueji.enrollment.service.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** R19 deadline of a school year and starting grade. */
@Entity(name = "Deadline")
@Table(name = "ENR_DEADLINE")
@IdClass(DeadlineEntity.Key.class)
public class DeadlineEntity {
    @Id @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Id @Column(name = "GRADE_LEVEL") public int gradeLevel;
    @Column(name = "DUE_DATE") public LocalDate dueDate;
    @Column(name = "UPDATED_BY") public String updatedBy;
    @Column(name = "UPDATED_AT") public Instant updatedAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public int schoolYear;
        public int gradeLevel;

        public Key() {
        }

        public Key(int schoolYear, int gradeLevel) {
            this.schoolYear = schoolYear;
            this.gradeLevel = gradeLevel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.schoolYear == schoolYear && k.gradeLevel == gradeLevel;
        }

        @Override
        public int hashCode() {
            return schoolYear * 31 + gradeLevel;
        }
    }
}
