package org.xueji.dropout.service.internal.entity;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Row of {@code DRP_EVIDENCE}: the photo or signed note of a visit. */
@Entity(name = "DropoutEvidence")
@Table(name = "DRP_EVIDENCE")
public class EvidenceEntity {
    @Id
    @Column(name = "VISIT_ID") public Long visitId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT") public byte[] content;
}
