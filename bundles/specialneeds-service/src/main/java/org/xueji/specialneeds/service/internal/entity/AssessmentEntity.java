package org.xueji.specialneeds.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An assessment committee's session and its placement's approval. */
@Entity(name = "SnAssessment")
@Table(name = "SN_ASSESSMENT")
@SuppressWarnings("unused")
public class AssessmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snAssessmentSeq")
    @SequenceGenerator(name = "snAssessmentSeq", sequenceName = "SN_ASSESSMENT_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "CHILD_ID") public long childId;
    @Column(name = "SESSION_DATE") public LocalDate sessionDate;
    @Column(name = "MEMBERS") public String members;
    @Column(name = "PHYSIOLOGY") public String physiology;
    @Column(name = "PSYCHOLOGY") public String psychology;
    @Column(name = "ABILITY") public String ability;
    @Column(name = "CONCLUSION") public String conclusion;
    @Column(name = "REASON") public String reason;
    @Column(name = "REVIEW_DATE") public LocalDate reviewDate;
    @Column(name = "STATUS") public String status;
    @Column(name = "WORKFLOW_ID") public Long workflowId;
    @Column(name = "DECIDED_ON") public LocalDate decidedOn;
    @Column(name = "PROPOSED_BY") public String proposedBy;
    @Column(name = "CREATED_AT") public Instant createdAt;
}
