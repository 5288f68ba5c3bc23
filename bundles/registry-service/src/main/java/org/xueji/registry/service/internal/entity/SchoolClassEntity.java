package org.xueji.registry.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "SchoolClass")
@Table(name = "REG_CLASS")
public class SchoolClassEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classSeq")
    @SequenceGenerator(name = "classSeq", sequenceName = "REG_CLASS_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "SCHOOL_ID")
    public long schoolId;

    @Column(name = "GRADE_LEVEL")
    public int gradeLevel;

    @Column(name = "CLASS_NUMBER")
    public int classNumber;

    @Column(name = "ENTRY_YEAR")
    public int entryYear;

    @Column(name = "CAPACITY")
    public int capacity;

    @Column(name = "HEAD_TEACHER")
    public String headTeacher;

    /** R14: places above the cap the district granted, 0 for none. */
    @Column(name = "EXTRA_PLACES")
    public int extraPlaces;

    @Column(name = "EXTRA_PLACES_REASON")
    public String extraPlacesReason;

    /** issue 15: 0 while the class is open; the school year its students graduated at the end of. */
    @Column(name = "CLOSED_YEAR")
    public int closedYear;
}
