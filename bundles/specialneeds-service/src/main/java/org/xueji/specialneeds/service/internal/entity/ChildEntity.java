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

/** A child of the register (R25). Personal values stay here, never in audit rows or logs. */
@Entity(name = "SnChild")
@Table(name = "SN_CHILD")
@SuppressWarnings("unused")
public class ChildEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snChildSeq")
    @SequenceGenerator(name = "snChildSeq", sequenceName = "SN_CHILD_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "NAME") public String name;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "TOWN") public String town;
    @Column(name = "VILLAGE") public String village;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "DISABILITY") public String disability;
    @Column(name = "DEGREE") public int degree;
    @Column(name = "CERT_NUMBER") public String certificateNumber;
    @Column(name = "CERT_DATE") public LocalDate certificateDate;
    @Column(name = "HEALTH") public String health;
    @Column(name = "GUARDIAN_NAME") public String guardianName;
    @Column(name = "GUARDIAN_PHONE") public String guardianPhone;
    @Column(name = "PLACEMENT") public String placement;
    @Column(name = "PLACED_ON") public LocalDate placedOn;
    @Column(name = "REVIEW_DUE") public LocalDate reviewDue;
    @Column(name = "REFERRAL_SOURCE") public String referralSource;
    @Column(name = "CREATED_AT") public Instant createdAt;
    @Column(name = "CREATED_BY") public String createdBy;
    @Version
    @Column(name = "VERSION") public long version;
}
