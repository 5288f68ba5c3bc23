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

    // issue 15: key dates (null: the default for the year)
    @Column(name = "AUTUMN_REG_DEADLINE")
    public LocalDate autumnRegistrationDeadline;

    @Column(name = "ZHONGKAO_DATE")
    public LocalDate zhongkaoDate;

    @Column(name = "SURVEY1_OPENS")
    public LocalDate survey1Opens;

    @Column(name = "SURVEY1_CLOSES")
    public LocalDate survey1Closes;

    @Column(name = "SURVEY2_OPENS")
    public LocalDate survey2Opens;

    @Column(name = "SURVEY2_CLOSES")
    public LocalDate survey2Closes;
}
