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

/** One version of a child's plan (一人一案) for a semester. Teachers' accounts joined by commas. */
@Entity(name = "SnPlan")
@Table(name = "SN_PLAN")
@SuppressWarnings("unused")
public class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snPlanSeq")
    @SequenceGenerator(name = "snPlanSeq", sequenceName = "SN_PLAN_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "CHILD_ID") public long childId;
    @Column(name = "SCHOOL_YEAR") public int schoolYear;
    @Column(name = "SEMESTER") public int semester;
    @Column(name = "VERSION_NO") public int versionNo;
    @Column(name = "LIFE_SKILLS") public String lifeSkills;
    @Column(name = "COMMUNICATION") public String communication;
    @Column(name = "MOTOR") public String motor;
    @Column(name = "ACADEMIC") public String academic;
    @Column(name = "CONTENT") public String content;
    @Column(name = "TEACHERS") public String teachers;
    @Column(name = "PARTNERS") public String partners;
    @Column(name = "SCHEDULE") public String schedule;
    @Column(name = "STATUS") public String status;
    @Column(name = "WORKFLOW_ID") public Long workflowId;
    @Column(name = "DECIDED_ON") public LocalDate decidedOn;
    @Column(name = "CREATED_BY") public String createdBy;
    @Column(name = "CREATED_AT") public Instant createdAt;
}
