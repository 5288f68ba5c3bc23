package org.xueji.transfer.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A registry change (学籍异动); its decision lives in the workflow request {@link #workflowId}. */
@Entity(name = "TransferChange")
@Table(name = "TRF_CHANGE")
public class ChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trfChangeSeq")
    @SequenceGenerator(name = "trfChangeSeq", sequenceName = "TRF_CHANGE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Version
    @Column(name = "VERSION") public long version;
    @Column(name = "CHANGE_TYPE") public String type;
    @Column(name = "STATUS") public String status;
    @Column(name = "STUDENT_ID") public long studentId;
    @Column(name = "FROM_SCHOOL_ID") public long fromSchoolId;
    @Column(name = "FROM_CLASS_ID") public Long fromClassId;
    @Column(name = "TO_SCHOOL_ID") public Long toSchoolId;
    @Column(name = "TO_CLASS_ID") public Long toClassId;
    @Column(name = "TARGET_GRADE") public Integer targetGrade;
    @Column(name = "EFFECTIVE_DATE") public LocalDate effectiveDate;
    @Column(name = "REASON") public String reason;
    @Column(name = "PLANNED_RETURN") public LocalDate plannedReturn;
    @Column(name = "OTHER_SIDE") public String otherSide;
    @Column(name = "REPLY_AGREED") public Boolean replyAgreed;
    @Column(name = "REPLY_NOTE") public String replyNote;
    @Column(name = "ARRIVED_ON") public LocalDate arrivedOn;
    @Column(name = "CONDITIONS_MET") public boolean conditionsMet;
    @Column(name = "OVERRIDE_REASON") public String overrideReason;
    @Column(name = "CORR_NAME") public String correctionName;
    @Column(name = "CORR_SEX") public String correctionSex;
    @Column(name = "CORR_BIRTH_DATE") public LocalDate correctionBirthDate;
    @Column(name = "CORR_ID_TYPE") public String correctionIdType;
    @Column(name = "CORR_ID_NUMBER") public String correctionIdNumber;
    @Column(name = "CORR_ETHNICITY") public String correctionEthnicity;
    @Column(name = "WORKFLOW_ID") public Long workflowId;
    @Column(name = "SUBMITTED_BY") public String submittedBy;
    @Column(name = "SUBMITTED_AT") public Instant submittedAt;
    @Column(name = "DECIDED_AT") public Instant decidedAt;
    @Column(name = "DECISION_REASON") public String decisionReason;
    /** The follow-up signal (TRANSFER_OUT_NOT_ARRIVED, SUSPENSION_OVERDUE) was sent. */
    @Column(name = "SIGNALLED") public boolean signalled;
    /** R18: the 人在籍不在 finding this transfer was started from, or {@code null}. */
    @Column(name = "FINDING_ID") public Long findingId;
    /** The finding was resolved by the approved transfer (or found resolved otherwise). */
    @Column(name = "FINDING_SETTLED") public boolean findingSettled;
    /** A change of a local type ({@code CHANGE_TYPE = 'local'}): its configured code. */
    @Column(name = "LOCAL_CODE") public String localCode;
    /** The local type as configured at submission (transfer-005): decidable after it left the configuration. */
    @Column(name = "LOCAL_NAME_ZH") public String localNameZh;
    @Column(name = "LOCAL_NAME_EN") public String localNameEn;
    @Column(name = "LOCAL_DISTRICT_STEP") public Boolean localDistrictStep;
}
