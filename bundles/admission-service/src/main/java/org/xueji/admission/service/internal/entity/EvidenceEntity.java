package org.xueji.admission.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "AdmEvidence")
@Table(name = "ADM_EVIDENCE")
public class EvidenceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admEvidenceSeq")
    @SequenceGenerator(name = "admEvidenceSeq", sequenceName = "ADM_EVIDENCE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "APPLICATION_ID") public Long applicationId;
    @Column(name = "PROOF") public String proof;
    @Column(name = "KIND") public String kind;
    @Column(name = "FILE_NAME") public String fileName;
    @Column(name = "BYTES") public int bytes;
    @Lob @Column(name = "CONTENT") public byte[] content;
    @Column(name = "UPLOADED_AT") public Instant uploadedAt;
    @Column(name = "UPLOADED_BY") public String uploadedBy;
}
