package org.xueji.enrollment.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A student at school, ticked (studentId set) or added by hand, in the ticked-presence mode. */
@Entity(name = "RosterRow")
@Table(name = "ENR_ROSTER_ROW")
public class RosterRowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rosterSeq")
    @SequenceGenerator(name = "rosterSeq", sequenceName = "ENR_ROSTER_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "VERIFICATION_ID") public long verificationId;
    @Column(name = "CLASS_ID") public long classId;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "NAME") public String name;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "GRADE_LEVEL") public Integer gradeLevel;
    @Column(name = "CLASS_NUMBER") public Integer classNumber;
}
