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

/** A visit's photo or the guardian's signature image; the bytes read only when asked for. */
@Entity(name = "SnEvidence")
@Table(name = "SN_EVIDENCE")
@SuppressWarnings("unused")
public class EvidenceEntity {
    public static final String PHOTO = "PHOTO";
    public static final String SIGNATURE = "SIGNATURE";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snEvidenceSeq")
    @SequenceGenerator(name = "snEvidenceSeq", sequenceName = "SN_EVIDENCE_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "VISIT_ID") public long visitId;
    @Column(name = "PURPOSE") public String purpose;
    @Column(name = "KIND") public String kind;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT") public byte[] content;
}
