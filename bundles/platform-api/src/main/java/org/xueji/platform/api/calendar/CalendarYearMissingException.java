package org.xueji.platform.api.calendar;

import org.xueji.platform.api.DomainException;

/** A date falls in a year without holiday data: refused, never guessed (D2). */
public class CalendarYearMissingException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public CalendarYearMissingException(int year) {
        super(CalendarMessages.YEAR_MISSING, String.valueOf(year));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
