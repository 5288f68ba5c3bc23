package org.xueji.ledger.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A follow-up of an incident; a self-review's PDF is a {@link DocumentEntity}. */
@Entity(name = "LedgerFollowUp")
@Table(name = "LEDGER_FOLLOW_UP")
public class FollowUpEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledgerFollowUpSeq")
    @SequenceGenerator(name = "ledgerFollowUpSeq", sequenceName = "LEDGER_FOLLOW_UP_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "INCIDENT_ID") public long incidentId;
    @Column(name = "KIND") public String kind;
    @Column(name = "NOTE") public String note;
    @Column(name = "NOTICE_NUMBER") public String noticeNumber;
    @Column(name = "DOCUMENT_NAME") public String documentName;
    @Column(name = "DOCUMENT_BYTES") public int documentBytes;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
    @Column(name = "RECORDED_BY") public String recordedBy;
}
