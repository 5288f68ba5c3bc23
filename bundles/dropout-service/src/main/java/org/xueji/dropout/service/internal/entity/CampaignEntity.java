package org.xueji.dropout.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_CAMPAIGN}. */
@Entity(name = "DropoutCampaign")
@Table(name = "DRP_CAMPAIGN")
public class CampaignEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpCampaignSeq")
    @SequenceGenerator(name = "drpCampaignSeq", sequenceName = "DRP_CAMPAIGN_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "TITLE") public String title;
    @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "SEMESTER") public int semester;
    @Column(name = "OPENED_ON") public LocalDate openedOn;
    @Column(name = "OPENED_BY") public String openedBy;
    @Column(name = "CLOSED_AT") public Instant closedAt;
    @Column(name = "CLOSED_BY") public String closedBy;
}
