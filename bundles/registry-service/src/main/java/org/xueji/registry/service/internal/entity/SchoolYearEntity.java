package org.xueji.registry.service.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity(name = "SchoolYear")
@Table(name = "REG_SCHOOL_YEAR")
public class SchoolYearEntity {
    @Id
    @Column(name = "START_YEAR")
    public Integer startYear;

    @Column(name = "FIRST_START")
    public LocalDate firstStart;

    @Column(name = "FIRST_END")
    public LocalDate firstEnd;

    @Column(name = "SECOND_START")
    public LocalDate secondStart;

    @Column(name = "SECOND_END")
    public LocalDate secondEnd;
}
