package org.xueji.registry.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "EnrollmentPlan")
@Table(name = "REG_ENROLLMENT_PLAN")
public class EnrollmentPlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planSeq")
    @SequenceGenerator(name = "planSeq", sequenceName = "REG_PLAN_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Column(name = "SCHOOL_ID")
    public long schoolId;

    @Column(name = "SCHOOL_YEAR")
    public int schoolYear;

    @Column(name = "GRADE_LEVEL")
    public int gradeLevel;

    @Column(name = "PLANNED_CLASSES")
    public int plannedClasses;

    @Column(name = "PLANNED_STUDENTS")
    public int plannedStudents;
}
