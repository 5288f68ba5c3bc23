package org.xueji.transfer.service.internal.entity;

import java.time.Instant;
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

/** An uploaded piece of evidence of a change; the bytes are read only when asked for. */
@Entity(name = "TransferEvidence")
@Table(name = "TRF_EVIDENCE")
public class EvidenceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trfEvidenceSeq")
    @SequenceGenerator(name = "trfEvidenceSeq", sequenceName = "TRF_EVIDENCE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "CHANGE_ID") public long changeId;
    @Column(name = "CATEGORY") public String category;
    @Column(name = "KIND") public String kind;
    @Column(name = "FILE_NAME") public String fileName;
    @Column(name = "BYTES") public int bytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT") public byte[] content;
    @Column(name = "UPLOADED_BY") public String uploadedBy;
    @Column(name = "UPLOADED_AT") public Instant uploadedAt;
}
