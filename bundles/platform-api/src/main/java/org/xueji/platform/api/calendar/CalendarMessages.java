package org.xueji.platform.api.calendar;

import org.xueji.platform.api.MessageKey;

/** Messages of the working-day calendar (D2). */
public enum CalendarMessages implements MessageKey {
    /** {0}: the year without data */
    YEAR_MISSING,
    /** {0}: the year; {1}, {2}: the accepted range */
    YEAR_OUT_OF_RANGE,
    /** a special day without a date */
    DATE_REQUIRED,
    /** {0}: the date */
    NAME_REQUIRED,
    /** {0}: the date; {1}: the maximum length */
    NAME_TOO_LONG,
    /** {0}: the date */
    NAME_CONTROL_CHARACTERS,
    /** {0}: the date; {1}: the year */
    DATE_OUTSIDE_YEAR,
    /** {0}: the date */
    DATE_TWICE,
    /** {0}: the date, a Monday to Friday declared a make-up working day */
    MAKE_UP_NOT_WEEKEND,
    /** {0}: the maximum number of special days */
    TOO_MANY_DAYS,
    /** {0}: the maximum number of papers; {1}: the maximum length */
    PAPERS_INVALID,
    /** {0}: the number of working days asked */
    DAYS_NEGATIVE,
    /** only the district administration changes the calendar */
    DISTRICT_ONLY,
    /** {0}: the date */
    DAY_NOT_FOUND,
    /** {0}: the year, already held; replacing it must be asked for */
    YEAR_EXISTS,
    /** {0}: the size limit in KB */
    IMPORT_TOO_LARGE,
    IMPORT_EMPTY,
    /** {0}: line; {1}: column; {2}: the parser's description */
    JSON_MALFORMED,
    /** {0}: the field */
    JSON_FIELD_MISSING,
    /** {0}: the field; {1}: the expected kind */
    JSON_FIELD_TYPE,
    /** {0}: the field */
    JSON_FIELD_UNKNOWN,
    /** {0}: the field */
    JSON_FIELD_TWICE,
    /** {0}: the text; {1}: the field */
    JSON_DATE_INVALID,
    /** {0}: the file's year; {1}: the year asked */
    JSON_YEAR_MISMATCH;

    @Override
    public String key() {
        return name();
    }
}
