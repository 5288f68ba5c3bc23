package org.xueji.registry.service.internal.entity;

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

/** The stored student record; coded values are kept as their national codes. */
@Entity(name = "Student")
@Table(name = "REG_STUDENT")
public class StudentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studentSeq")
    @SequenceGenerator(name = "studentSeq", sequenceName = "REG_STUDENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "REGISTRY_NUMBER") public String registryNumber;
    @Column(name = "ID_NUMBER") public String idNumber;
    @Column(name = "ID_TYPE") public String idType;
    @Column(name = "NAME") public String name;
    @Column(name = "SEX") public String sex;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "BIRTH_PLACE") public String birthPlace;
    @Column(name = "NATIVE_PLACE") public String nativePlace;
    @Column(name = "ETHNICITY") public String ethnicity;
    @Column(name = "NATIONALITY") public String nationality;
    @Column(name = "HOUSEHOLD_ADDRESS") public String householdAddress;
    @Column(name = "HOUSEHOLD_TYPE") public String householdType;
    @Column(name = "CURRENT_ADDRESS") public String currentAddress;
    /** yyyyMM */
    @Column(name = "ENTRY_YEAR_MONTH") public int entryYearMonth;
    @Column(name = "ENTRY_WAY") public String entryWay;
    @Column(name = "STUDY_MODE") public String studyMode;
    @Column(name = "ONLY_CHILD") public boolean onlyChild;
    @Column(name = "PRESCHOOL") public boolean preschool;
    @Column(name = "LEFT_BEHIND") public String leftBehind;
    @Column(name = "MIGRANT") public boolean migrant;
    @Column(name = "ORPHAN") public boolean orphan;
    @Column(name = "MARTYR_CHILD") public boolean martyrChild;
    @Column(name = "INCLUSION") public boolean inclusion;
    /** 送教上门: written only by RegistryPlacementsImpl (SQL), never through the entity. */
    @Column(name = "HOME_TEACHING", insertable = false, updatable = false) public boolean homeTeaching;
    @Column(name = "DISABILITY") public String disability;
    @Column(name = "SCHOOL_ID") public long schoolId;
    @Column(name = "CLASS_ID") public Long classId;
    /** 学籍状态: written only by RecordChangesImpl's SQL (a change's final decision), read here for the lists. */
    @Column(name = "RECORD_STATUS", insertable = false, updatable = false) public String recordStatus;
    @Column(name = "G1_NAME") public String guardian1Name;
    @Column(name = "G1_RELATION") public String guardian1Relation;
    @Column(name = "G1_PHONE") public String guardian1Phone;
    @Column(name = "G1_ID_NUMBER") public String guardian1IdNumber;
    @Column(name = "G2_NAME") public String guardian2Name;
    @Column(name = "G2_RELATION") public String guardian2Relation;
    @Column(name = "G2_PHONE") public String guardian2Phone;
    @Column(name = "G2_ID_NUMBER") public String guardian2IdNumber;
    @Column(name = "ENTRY_GRADE") public Integer entryGrade;
    @Column(name = "REGISTRATION_DUE") public LocalDate registrationDue;
    @Column(name = "REGISTERED_LATE") public boolean registeredLate;
    @Column(name = "DUPLICATE_NOTE") public String duplicateNote;
    @Column(name = "IMPORT_BATCH") public String importBatch;
    @Column(name = "CREATED_AT") public Instant createdAt;
    @Column(name = "UPDATED_AT") public Instant updatedAt;
    /** issue 15: the school year at whose end the student graduated (毕业, read-only since), or null */
    @Column(name = "GRADUATED_YEAR") public Integer graduatedYear;
    /** issue 15: the school year the student repeats (留级: the rollover of that year leaves them in their grade) */
    @Column(name = "REPEAT_YEAR") public Integer repeatYear;
}
