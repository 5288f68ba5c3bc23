package org.xueji.dropout.service.internal.homevisit;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_HOME_VISIT} (R28). */
@Entity(name = "DropoutHomeVisit")
@Table(name = "DRP_HOME_VISIT")
public class HomeVisitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpHomeVisitSeq")
    @SequenceGenerator(name = "drpHomeVisitSeq", sequenceName = "DRP_HOME_VISIT_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "STUDENT_ID") public long studentId;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "CLASS_ID") public Long classId;
    @Column(name = "KIND") public String kind;
    @Column(name = "VISIT_DATE") public LocalDate visitDate;
    @Column(name = "VISITORS") public String visitors;
    @Column(name = "CONTENT") public String content;
    @Column(name = "OUTCOME") public String outcome;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
}
