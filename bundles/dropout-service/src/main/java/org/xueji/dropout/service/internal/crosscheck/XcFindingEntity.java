package org.xueji.dropout.service.internal.crosscheck;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** Row of {@code DRP_XC_FINDING}. */
@Entity(name = "CrossCheckFinding")
@Table(name = "DRP_XC_FINDING")
public class XcFindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpXcFindingSeq")
    @SequenceGenerator(name = "drpXcFindingSeq", sequenceName = "DRP_XC_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "RUN_ID") public long runId;
    @Column(name = "KIND") public String kind;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "NAME") public String name;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "CLASS_ID") public Long classId;
    @Column(name = "TOWN") public String town;
    @Column(name = "VILLAGE") public String village;
    @Column(name = "ENTRY_ID") public Long entryId;
    @Column(name = "IN_REGISTER") public boolean inRegister;
    @Column(name = "JOINT_FOLLOW_UP") public boolean jointFollowUp;
    @Column(name = "LIST_NOTE") public String listNote;
    @Column(name = "STATUS") public String status;
    @Column(name = "RESOLUTION") public String resolution;
    @Column(name = "RESOLVED_BY") public String resolvedBy;
    @Column(name = "RESOLVED_AT") public Instant resolvedAt;
    @Version
    @Column(name = "VERSION") public long version;
}
