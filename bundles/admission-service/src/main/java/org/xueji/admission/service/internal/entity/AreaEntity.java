package org.xueji.admission.service.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** One community–school pair of a season's service areas. */
@Entity(name = "AdmArea")
@Table(name = "ADM_AREA")
public class AreaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admAreaSeq")
    @SequenceGenerator(name = "admAreaSeq", sequenceName = "ADM_AREA_SEQ", allocationSize = 50)
    @Column(name = "ID") public Long id;
    @Column(name = "SEASON_ID") public Long seasonId;
    @Column(name = "STREET") public String street;
    @Column(name = "COMMUNITY") public String community;
    @Column(name = "SCHOOL_ID") public Long schoolId;
}
