package org.xueji.enrollment.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "Discrepancy")
@Table(name = "ENR_DISCREPANCY")
public class DiscrepancyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discrepancySeq")
    @SequenceGenerator(name = "discrepancySeq", sequenceName = "ENR_DISCREPANCY_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Version @Column(name = "VERSION") public long version;
    @Column(name = "VERIFICATION_ID") public long verificationId;
    @Column(name = "KIND") public String kind;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "NAME") public String name;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "GRADE_LEVEL") public Integer gradeLevel;
    @Column(name = "CLASS_NUMBER") public Integer classNumber;
    @Column(name = "FIELD") public String field;
    @Column(name = "REGISTRY_VALUE") public String registryValue;
    @Column(name = "ROSTER_VALUE") public String rosterValue;
    /** grades 9, 8, 6 first (R18) */
    @Column(name = "PRIORITY") public int priority;
    @Column(name = "RESOLUTION") public String resolution;
    @Column(name = "RESOLUTION_NOTE") public String resolutionNote;
    @Column(name = "RESOLVED_BY") public String resolvedBy;
    @Column(name = "RESOLVED_AT") public Instant resolvedAt;
}
