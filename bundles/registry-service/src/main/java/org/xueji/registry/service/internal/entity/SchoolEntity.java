package org.xueji.registry.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "School")
@Table(name = "REG_SCHOOL")
public class SchoolEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schoolSeq")
    @SequenceGenerator(name = "schoolSeq", sequenceName = "REG_SCHOOL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    public Long id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "CODE")
    public String code;

    @Column(name = "NAME")
    public String name;

    @Column(name = "SCHOOL_TYPE")
    public String schoolType;

    @Column(name = "TOWN")
    public String town;

    /** Communities and villages of the service area, one per line. */
    @Column(name = "SERVICE_AREAS")
    public String serviceAreas;

    @Column(name = "OVERSIZE")
    public boolean oversize;

    @Column(name = "ADDRESS")
    public String address;

    @Column(name = "PHONE")
    public String phone;
}
