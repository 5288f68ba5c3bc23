package org.xueji.platform.calendar.internal.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A year the calendar holds (D2); its days are {@link CalendarDayEntity} rows. */
@Entity(name = "CalendarYear")
@Table(name = "CAL_YEAR")
public class CalendarYearEntity {
    @Id @Column(name = "YEAR_NO") public int year;
    /** bumped by every change of the year or its days: two concurrent edits cannot both stand */
    @Version @Column(name = "VERSION") public long version;
    /** the notices, one per line */
    @Column(name = "PAPERS") public String papers;
    /** seed, import or edit */
    @Column(name = "SOURCE") public String source;
    @Column(name = "UPDATED_BY") public String updatedBy;
    @Column(name = "UPDATED_AT") public Instant updatedAt;
}
