package org.xueji.enrollment.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "Campaign")
@Table(name = "ENR_CAMPAIGN")
public class CampaignEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaignSeq")
    @SequenceGenerator(name = "campaignSeq", sequenceName = "ENR_CAMPAIGN_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "SEMESTER") public int semester;
    @Column(name = "TITLE") public String title;
    @Column(name = "DUE_DATE") public LocalDate dueDate;
    @Column(name = "OPENED_AT") public Instant openedAt;
    @Column(name = "OPENED_BY") public String openedBy;
}
