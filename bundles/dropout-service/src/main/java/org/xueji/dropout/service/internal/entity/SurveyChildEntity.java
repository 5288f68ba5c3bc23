package org.xueji.dropout.service.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code DRP_SURVEY_CHILD}. */
@Entity(name = "DropoutSurveyChild")
@Table(name = "DRP_SURVEY_CHILD")
public class SurveyChildEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drpSurveyChildSeq")
    @SequenceGenerator(name = "drpSurveyChildSeq", sequenceName = "DRP_SURVEY_CHILD_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "HOUSEHOLD_ID") public long householdId;
    @Column(name = "STUDENT_ID") public Long studentId;
    @Column(name = "NAME") public String name;
    @Column(name = "SEX") public String sex;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "FINDING") public String finding;
    @Column(name = "WHERE_TEXT") public String where;
    @Column(name = "REASON") public String reason;
    @Column(name = "ENTRY_ID") public Long entryId;
}
