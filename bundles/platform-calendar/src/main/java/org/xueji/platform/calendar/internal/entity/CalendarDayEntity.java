package org.xueji.platform.calendar.internal.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A declared day off or make-up working day (D2). */
@Entity(name = "CalendarDay")
@Table(name = "CAL_DAY")
public class CalendarDayEntity {
    @Id @Column(name = "DAY_DATE") public LocalDate date;
    @Column(name = "YEAR_NO") public int year;
    @Column(name = "NAME") public String name;
    @Column(name = "OFF_DAY") public boolean offDay;
}
