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

/** A home-teaching visit (or remote lesson); its teachers in SN_VISIT_TEACHER. */
@Entity(name = "SnVisit")
@Table(name = "SN_VISIT")
@SuppressWarnings("unused")
public class VisitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snVisitSeq")
    @SequenceGenerator(name = "snVisitSeq", sequenceName = "SN_VISIT_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "CHILD_ID") public long childId;
    @Column(name = "VISIT_DATE") public LocalDate date;
    @Column(name = "START_TIME") public LocalTime start;
    @Column(name = "END_TIME") public LocalTime end;
    @Column(name = "PERIODS") public int periods;
    @Column(name = "CONTENT") public String content;
    @Column(name = "PROGRESS") public String progress;
    @Column(name = "REMOTE") public boolean remote;
    @Column(name = "CONFIRMATION_CODE") public String confirmationCode;
    @Column(name = "RECORDED_BY") public String recordedBy;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
}
