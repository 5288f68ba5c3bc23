package org.xueji.dropout.service.internal.inspection;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_INSPECTION_FINDING}. */
@Entity(name = "DropoutInspectionFinding")
@Table(name = "DRP_INSPECTION_FINDING")
public class InspectionFindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpInspectionFindingSeq")
    @SequenceGenerator(name = "drpInspectionFindingSeq", sequenceName = "DRP_INSPECTION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "INSPECTION_ID") public long inspectionId;
    @Column(name = "TEXT") public String text;
    @Column(name = "LEDGER_POSTED") public boolean ledgerPosted;
}
