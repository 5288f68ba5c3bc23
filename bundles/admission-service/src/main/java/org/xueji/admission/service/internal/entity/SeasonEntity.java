package org.xueji.admission.service.internal.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "AdmSeason")
@Table(name = "ADM_SEASON")
public class SeasonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admSeasonSeq")
    @SequenceGenerator(name = "admSeasonSeq", sequenceName = "ADM_SEASON_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SCHOOL_YEAR") public int year;
    @Column(name = "GRADE") public int grade;
    @Column(name = "WINDOW_OPENS") public LocalDate windowOpens;
    @Column(name = "WINDOW_CLOSES") public LocalDate windowCloses;
    @Column(name = "CUT_OFF") public LocalDate cutOff;
    @Column(name = "MIN_AGE") public int minAge;
    @Column(name = "MAX_AGE") public int maxAge;
    @Column(name = "MIN_RESIDENCE_MONTHS") public int minResidenceMonths;
    @Column(name = "PRIORITY_ORDER") public String priority;
    @Column(name = "PLANS_PUBLISHED_ON") public LocalDate plansPublishedOn;
    @Column(name = "RESULTS_PUBLISHED_ON") public LocalDate resultsPublishedOn;
    @Column(name = "SEED") public String seed;
    @Column(name = "SEED_PUBLISHED_AT") public Instant seedPublishedAt;
    @Column(name = "ALLOCATED_AT") public Instant allocatedAt;
    @Column(name = "CREATED_AT") public Instant createdAt;
    @Column(name = "CREATED_BY") public String createdBy;
}
