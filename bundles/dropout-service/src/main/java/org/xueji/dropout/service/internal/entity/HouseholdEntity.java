package org.xueji.dropout.service.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_HOUSEHOLD}. */
@Entity(name = "DropoutHousehold")
@Table(name = "DRP_HOUSEHOLD")
public class HouseholdEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpHouseholdSeq")
    @SequenceGenerator(name = "drpHouseholdSeq", sequenceName = "DRP_HOUSEHOLD_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "CAMPAIGN_ID") public long campaignId;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "TOWN") public String town;
    @Column(name = "VILLAGE") public String village;
    @Column(name = "HOUSEHOLD") public String household;
    @Column(name = "TEACHER") public String teacher;
    @Column(name = "RECORDED_AT") public Instant recordedAt;
    @Column(name = "RECORDED_BY") public String recordedBy;
}
