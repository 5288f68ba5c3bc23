package org.xueji.ledger.service.internal.entity;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A written self-review (PDF), read only when asked for. */
@Entity(name = "LedgerDocument")
@Table(name = "LEDGER_DOCUMENT")
public class DocumentEntity {
    @Id
    @Column(name = "FOLLOW_UP_ID") public Long followUpId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT") public byte[] content;
}
