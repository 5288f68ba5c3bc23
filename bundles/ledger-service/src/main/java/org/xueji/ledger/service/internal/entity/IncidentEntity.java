package org.xueji.ledger.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A ledger entry; {@code schoolId == null} is the bureau itself. */
@Entity(name = "LedgerIncident")
@Table(name = "LEDGER_INCIDENT")
public class IncidentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledgerIncidentSeq")
    @SequenceGenerator(name = "ledgerIncidentSeq", sequenceName = "LEDGER_INCIDENT_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "INCIDENT_TYPE") public String type;
    @Column(name = "SOURCE_MODULE") public String sourceModule;
    @Column(name = "OCCURRED_ON") public LocalDate occurredOn;
    @Column(name = "DESCRIPTION_KEY") public String descriptionKey;
    /** The arguments joined by U+001F (arguments contain no control characters). */
    @Column(name = "DESCRIPTION_ARGS") public String descriptionArgs;
    @Column(name = "DESCRIPTION_TEXT") public String descriptionText;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "SOURCE_REFERENCE") public String reference;
    @Column(name = "STATUS") public String status;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "CLOSED_AT") public Instant closedAt;
    @Column(name = "CLOSED_BY") public String closedBy;
    @Column(name = "CLOSING_NOTE") public String closingNote;
}
