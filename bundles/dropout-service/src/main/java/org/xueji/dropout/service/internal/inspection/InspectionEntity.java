package org.xueji.dropout.service.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** Row of {@code DRP_INSPECTION}. */
@Entity(name = "DropoutInspection")
@Table(name = "DRP_INSPECTION")
public class InspectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpInspectionSeq")
    @SequenceGenerator(name = "drpInspectionSeq", sequenceName = "DRP_INSPECTION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "KIND") public String kind;
    @Column(name = "INSPECTED_ON") public LocalDate inspectedOn;
    @Column(name = "INSPECTORS") public String inspectors;
    @Column(name = "CORRECT_BY") public LocalDate correctBy;
    @Column(name = "NOTE") public String note;
    @Column(name = "STATUS") public String status;
    @Column(name = "CORRECTION_NOTE") public String correctionNote;
    @Column(name = "CORRECTED_BY") public String correctedBy;
    @Column(name = "CORRECTED_AT") public Instant correctedAt;
    @Column(name = "CLOSED_BY") public String closedBy;
    @Column(name = "CLOSED_ON") public LocalDate closedOn;
    @Column(name = "CLOSE_NOTE") public String closeNote;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
    @Version
    @Column(name = "VERSION") public long version;
}
