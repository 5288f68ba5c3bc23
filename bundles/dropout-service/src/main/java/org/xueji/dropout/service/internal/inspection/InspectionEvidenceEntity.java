package org.xueji.dropout.service.internal.inspection;

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

/** Row of {@code DRP_INSPECTION_EVIDENCE}; lists read it through a projection without the content. */
@Entity(name = "DropoutInspectionEvidence")
@Table(name = "DRP_INSPECTION_EVIDENCE")
public class InspectionEvidenceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpInspectionEvidenceSeq")
    @SequenceGenerator(name = "drpInspectionEvidenceSeq", sequenceName = "DRP_INSPECTION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "INSPECTION_ID") public long inspectionId;
    @Column(name = "NAME") public String name;
    @Column(name = "MEDIA_TYPE") public String mediaType;
    @Column(name = "BYTE_COUNT") public long byteCount;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT") public byte[] content;
    @Column(name = "UPLOADED_BY") public String uploadedBy;
    @Column(name = "UPLOADED_AT") public Instant uploadedAt;
}
