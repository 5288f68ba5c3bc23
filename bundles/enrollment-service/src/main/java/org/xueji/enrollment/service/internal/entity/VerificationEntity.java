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

/** One school's 人籍一致 check in a campaign. */
@Entity(name = "Verification")
@Table(name = "ENR_VERIFICATION")
public class VerificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verificationSeq")
    @SequenceGenerator(name = "verificationSeq", sequenceName = "ENR_VERIFICATION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Version @Column(name = "VERSION") public long version;
    @Column(name = "CAMPAIGN_ID") public long campaignId;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "STATUS") public String status;
    /** UPLOAD or TICK: how the roster of the last comparison was given */
    @Column(name = "ROSTER_MODE") public String rosterMode;
    @Column(name = "ROSTER_FILE") public String rosterFile;
    @Column(name = "ROSTER_SIZE") public int rosterSize;
    @Column(name = "RECORD_COUNT") public int recordCount;
    @Column(name = "DISCREPANCIES") public int discrepancies;
    @Column(name = "UNRESOLVED") public int unresolved;
    @Column(name = "GRADE9_NO_RECORD") public int grade9NoRecord;
    /** ticked-presence mode: classes with students not ticked yet */
    @Column(name = "UNTICKED_CLASSES") public int untickedClasses;
    @Column(name = "COMPARED_AT") public Instant comparedAt;
    @Column(name = "CLOSED_AT") public Instant closedAt;
    @Column(name = "CLOSED_BY") public String closedBy;
}
