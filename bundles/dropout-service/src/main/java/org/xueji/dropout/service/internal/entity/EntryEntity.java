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
import javax.persistence.Version;

/** Row of {@code DRP_ENTRY}. */
@Entity(name = "DropoutEntry")
@Table(name = "DRP_ENTRY")
public class EntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpEntrySeq")
    @SequenceGenerator(name = "drpEntrySeq", sequenceName = "DRP_ENTRY_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "STATUS") public String status;
    @Column(name = "CHILD_KEY") public String childKey;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "NAME") public String name;
    @Column(name = "SEX") public String sex;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "SCHOOL_ID") public Long schoolId;
    @Column(name = "CLASS_ID") public Long classId;
    @Column(name = "HOUSEHOLD") public String household;
    @Column(name = "TOWN") public String town;
    @Column(name = "VILLAGE") public String village;
    @Column(name = "REASON") public String reason;
    @Column(name = "FOUND_ON") public LocalDate foundOn;
    @Column(name = "NOTE") public String note;
    @Column(name = "CONFIRMED_BY") public String confirmedBy;
    @Column(name = "CONFIRMED_ON") public LocalDate confirmedOn;
    @Column(name = "OUTCOME") public String outcome;
    @Column(name = "OUTCOME_CLASS_ID") public Long outcomeClassId;
    @Column(name = "OUTCOME_PLACE") public String outcomePlace;
    @Column(name = "OUTCOME_NOTE") public String outcomeNote;
    @Column(name = "CLOSE_REQUEST") public Long closeRequest;
    @Column(name = "CLOSED_ON") public LocalDate closedOn;
    @Column(name = "LAST_VISIT_ON") public LocalDate lastVisitOn;
    @Column(name = "CREATED_AT") public Instant createdAt;
    @Column(name = "CREATED_BY") public String createdBy;
    @Version
    @Column(name = "VERSION") public long version;
}
