package org.xueji.platform.audit.internal.release;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A data-release request (R4). The scanned approval (column SCAN) is deliberately not
 * mapped: it is written with plain SQL and never loaded with the request.
 */
@Entity(name = "DataRelease")
@Table(name = "REL_REQUEST")
public class DataReleaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "releaseSeq")
    @SequenceGenerator(name = "releaseSeq", sequenceName = "REL_REQUEST_SEQ", allocationSize = 1)
    @Column(name = "ID")
    public Long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "REQUESTER")
    public String requester;

    @Column(name = "REQUESTER_SCHOOL_ID")
    public Long requesterSchoolId;

    @Column(name = "PURPOSE")
    public String purpose;

    @Column(name = "RECIPIENT")
    public String recipient;

    @Column(name = "DATA_SCOPE")
    public String dataScope;

    /** The school whose data, {@code null} for district-wide. */
    @Column(name = "SCHOOL_ID")
    public Long schoolId;

    @Column(name = "APPROVAL_DOC_NO")
    public String approvalDocumentNumber;

    @Column(name = "SCAN_NAME")
    public String scanName;

    @Column(name = "SCAN_TYPE")
    public String scanType;

    /** PENDING, APPROVED or REJECTED; EXPIRED and USED_UP are derived. */
    @Column(name = "STATUS")
    public String status;

    @Column(name = "DECIDED_BY")
    public String decidedBy;

    @Column(name = "DECIDED_AT")
    public Instant decidedAt;

    @Column(name = "DECISION_NOTE")
    public String decisionNote;

    @Column(name = "REQUESTED_AT")
    public Instant requestedAt;

    @Column(name = "VALID_DAYS")
    public int validDays;

    @Column(name = "VALID_UNTIL")
    public Instant validUntil;

    @Column(name = "MAX_DOWNLOADS")
    public int maxDownloads;

    @Column(name = "DOWNLOADS")
    public int downloads;

    /** Grades covered, e.g. {@code 1,7}; {@code null} for a request made before scopes existed. */
    @Column(name = "SCOPE_GRADES")
    public String scopeGrades;

    /** Field groups covered, e.g. {@code BASIC,IDENTITY}; {@code null} as above. */
    @Column(name = "SCOPE_FIELDS")
    public String scopeFields;

    /** The approval workflow request deciding this release (R3). */
    @Column(name = "WORKFLOW_ID")
    public Long workflowId;
}
