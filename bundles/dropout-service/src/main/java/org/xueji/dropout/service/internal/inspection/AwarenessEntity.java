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

/** Row of {@code DRP_AWARENESS}. */
@Entity(name = "DropoutAwareness")
@Table(name = "DRP_AWARENESS")
public class AwarenessEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpAwarenessSeq")
    @SequenceGenerator(name = "drpAwarenessSeq", sequenceName = "DRP_INSPECTION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "KIND") public String kind;
    @Column(name = "HELD_ON") public LocalDate heldOn;
    @Column(name = "TITLE") public String title;
    @Column(name = "PARTICIPANTS") public int participants;
    @Column(name = "LETTERS_SENT") public int lettersSent;
    @Column(name = "LETTERS_SIGNED") public int lettersSigned;
    @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "SEMESTER") public int semester;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
}
