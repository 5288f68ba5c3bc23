package org.xueji.dropout.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_VISIT}. */
@Entity(name = "DropoutVisit")
@Table(name = "DRP_VISIT")
public class VisitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpVisitSeq")
    @SequenceGenerator(name = "drpVisitSeq", sequenceName = "DRP_VISIT_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "ENTRY_ID") public long entryId;
    @Column(name = "VISITED_ON") public LocalDate visitedOn;
    @Column(name = "VISITORS") public String visitors;
    @Column(name = "MET") public String met;
    @Column(name = "OUTCOME") public String outcome;
    @Column(name = "NEXT_STEP") public String nextStep;
    @Column(name = "EVIDENCE_NAME") public String evidenceName;
    @Column(name = "EVIDENCE_TYPE") public String evidenceType;
    @Column(name = "EVIDENCE_BYTES") public int evidenceBytes;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
}
