package org.xueji.transfer.service.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The record of a transfer in from outside the district as entered from the sending school's printed
 * 学籍登记表 (coded values as national codes), kept while the request is pending and deleted by its final
 * decision. Personal data: never audited or logged.
 */
@Entity(name = "TransferIncoming")
@Table(name = "TRF_INCOMING")
public class IncomingEntity {
    @Id
    @Column(name = "CHANGE_ID") public Long changeId;
    @Column(name = "NAME") public String name;
    @Column(name = "SEX") public String sex;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "ID_TYPE") public String idType;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "BIRTH_PLACE") public String birthPlace;
    @Column(name = "NATIVE_PLACE") public String nativePlace;
    @Column(name = "ETHNICITY") public String ethnicity;
    @Column(name = "NATIONALITY") public String nationality;
    @Column(name = "HOUSEHOLD_ADDRESS") public String householdAddress;
    @Column(name = "HOUSEHOLD_TYPE") public String householdType;
    @Column(name = "CURRENT_ADDRESS") public String currentAddress;
    /** yyyyMM */
    @Column(name = "ENTRY_YEAR_MONTH") public Integer entryYearMonth;
    @Column(name = "ENTRY_WAY") public String entryWay;
    @Column(name = "STUDY_MODE") public String studyMode;
    @Column(name = "ONLY_CHILD") public boolean onlyChild;
    @Column(name = "PRESCHOOL") public boolean preschool;
    @Column(name = "LEFT_BEHIND") public String leftBehind;
    @Column(name = "MIGRANT") public boolean migrant;
    @Column(name = "ORPHAN") public boolean orphan;
    @Column(name = "MARTYR_CHILD") public boolean martyrChild;
    @Column(name = "INCLUSION") public boolean inclusion;
    @Column(name = "DISABILITY") public String disability;
    @Column(name = "G1_NAME") public String guardian1Name;
    @Column(name = "G1_RELATION") public String guardian1Relation;
    @Column(name = "G1_PHONE") public String guardian1Phone;
    @Column(name = "G1_ID_NUMBER") public String guardian1IdNumber;
    @Column(name = "G2_NAME") public String guardian2Name;
    @Column(name = "G2_RELATION") public String guardian2Relation;
    @Column(name = "G2_PHONE") public String guardian2Phone;
    @Column(name = "G2_ID_NUMBER") public String guardian2IdNumber;
}
