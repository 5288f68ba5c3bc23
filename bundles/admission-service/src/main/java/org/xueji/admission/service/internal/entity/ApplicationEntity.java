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
import javax.persistence.Version;

@Entity(name = "AdmApplication")
@Table(name = "ADM_APPLICATION")
public class ApplicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admApplicationSeq")
    @SequenceGenerator(name = "admApplicationSeq", sequenceName = "ADM_APPLICATION_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "APP_NUMBER") public String number;
    @Column(name = "SEASON_ID") public Long seasonId;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "CHILD_NAME") public String childName;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "CATEGORY") public String category;
    @Column(name = "GUARDIAN_NAME") public String guardianName;
    @Column(name = "GUARDIAN_PHONE") public String guardianPhone;
    @Column(name = "STREET") public String street;
    @Column(name = "COMMUNITY") public String community;
    @Column(name = "HOUSEHOLD_TYPE") public String householdType;
    @Column(name = "PERMIT_NUMBER") public String permitNumber;
    @Column(name = "PERMIT_ISSUER") public String permitIssuer;
    @Column(name = "PERMIT_STREET") public String permitStreet;
    @Column(name = "PERMIT_COMMUNITY") public String permitCommunity;
    @Column(name = "PERMIT_FROM") public LocalDate permitFrom;
    @Column(name = "PERMIT_UNTIL") public LocalDate permitUntil;
    @Column(name = "RESIDENT_SINCE") public LocalDate residentSince;
    /** Proof codes joined by ",". */
    @Column(name = "PROOFS") public String proofs;
    @Column(name = "STATUS") public String status;
    @Column(name = "REJECTION_REASON") public String rejectionReason;
    @Column(name = "PRIORITY_RANK") public Integer priorityRank;
    @Column(name = "PLACED_SCHOOL_ID") public Long placedSchoolId;
    @Column(name = "SUBMITTED_AT") public Instant submittedAt;
    @Column(name = "SUBMITTED_BY") public String submittedBy;
    /** When offered to enrollment's pending registrations; null while not yet offered (enrollment absent). */
    @Column(name = "OFFERED_AT") public Instant offeredAt;
    @Version @Column(name = "VERSION") public long version;
}
