package org.xueji.platform.calendar.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.calendar.CalendarMessages;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;

/**
 * Reads one year in the holiday-cn format, strictly (D2):
 * {@code {"year": 2025, "papers": ["https://…"], "days": [{"name": "春节", "date": "2025-01-28",
 * "isOffDay": true}]}}. {@code $schema} and {@code $id} (holiday-cn's own metadata) are
 * accepted and ignored; every other unknown field is refused, so that a misspelt field
 * ({@code isOffday}) can never silently change a day's meaning. {@code year}, {@code days} and
 * each day's three fields are required, {@code papers} optional. The first structural problem
 * is reported (a {@link DomainException} with field and position); then the year's content is
 * checked by {@link HolidaySchedule#of}.
 */
final class HolidayCnJson {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> IGNORED = Set.of("$schema", "$id");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(10_000)
                    .maxNumberLength(12).build())
            .build();

    private HolidayCnJson() {
    }

    /**
     * @param json         the file's bytes (UTF-8)
     * @param expectedYear the year being imported; the file's {@code year} must equal it
     */
    static HolidaySchedule parse(byte[] json, int expectedYear) {
        if (json != null && json.length > CalendarService.MAX_IMPORT_BYTES) {
            throw new DomainException(CalendarMessages.IMPORT_TOO_LARGE, CalendarService.MAX_IMPORT_BYTES / 1024);
        }
        if (json == null || new String(json, StandardCharsets.UTF_8).isBlank()) {
            throw new DomainException(CalendarMessages.IMPORT_EMPTY);
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            HolidaySchedule schedule = read(p, expectedYear);
            if (p.nextToken() != null) {
                throw malformed(p.currentLocation(), "trailing content after the object");
            }
            return schedule;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw malformed(at, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HolidaySchedule read(JsonParser p, int expectedYear) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw type("(root)", "object");
        }
        Integer year = null;
        List<String> papers = List.of();
        List<SpecialDay> days = null;
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (!seen.add(field)) {
                throw new DomainException(CalendarMessages.JSON_FIELD_TWICE, field);
            }
            JsonToken value = p.nextToken();
            switch (field) {
                case "year" -> year = intValue(p, value, "year");
                case "papers" -> papers = strings(p, value, "papers");
                case "days" -> days = days(p, value);
                default -> {
                    if (!IGNORED.contains(field)) {
                        throw new DomainException(CalendarMessages.JSON_FIELD_UNKNOWN, field);
                    }
                    p.skipChildren();
                }
            }
        }
        if (year == null) {
            throw missing("year");
        }
        if (year != expectedYear) {
            throw new DomainException(CalendarMessages.JSON_YEAR_MISMATCH, String.valueOf(year),
                    String.valueOf(expectedYear));
        }
        if (days == null) {
            throw missing("days");
        }
        return HolidaySchedule.of(year, papers, days);
    }

    private static List<SpecialDay> days(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw type("days", "array");
        }
        List<SpecialDay> days = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = "days[" + days.size() + "]";
            if (days.size() >= HolidaySchedule.MAX_DAYS) {
                throw new DomainException(CalendarMessages.TOO_MANY_DAYS, HolidaySchedule.MAX_DAYS);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw type(at, "object");
            }
            days.add(day(p, at));
        }
        return days;
    }

    private static SpecialDay day(JsonParser p, String at) throws IOException {
        String name = null;
        LocalDate date = null;
        Boolean offDay = null;
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            String path = at + "." + field;
            if (!seen.add(field)) {
                throw new DomainException(CalendarMessages.JSON_FIELD_TWICE, path);
            }
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = string(p, value, path);
                case "date" -> date = date(string(p, value, path), path);
                case "isOffDay" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        throw type(path, "boolean");
                    }
                    offDay = value == JsonToken.VALUE_TRUE;
                }
                default -> throw new DomainException(CalendarMessages.JSON_FIELD_UNKNOWN, path);
            }
        }
        if (name == null) {
            throw missing(at + ".name");
        }
        if (date == null) {
            throw missing(at + ".date");
        }
        if (offDay == null) {
            throw missing(at + ".isOffDay");
        }
        return new SpecialDay(date, name, offDay);
    }

    private static LocalDate date(String text, String path) {
        if (!ISO_DATE.matcher(text).matches()) {
            throw new DomainException(CalendarMessages.JSON_DATE_INVALID, text, path);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new DomainException(CalendarMessages.JSON_DATE_INVALID, text, path);
        }
    }

    private static int intValue(JsonParser p, JsonToken value, String path) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw type(path, "integer");
        }
        try {
            return p.getIntValue();
        } catch (InputCoercionException e) {
            throw type(path, "integer");
        }
    }

    private static String string(JsonParser p, JsonToken value, String path) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw type(path, "string");
        }
        return p.getText();
    }

    private static List<String> strings(JsonParser p, JsonToken value, String path) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw type(path, "array");
        }
        List<String> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (list.size() >= HolidaySchedule.MAX_PAPERS) {
                throw new DomainException(CalendarMessages.PAPERS_INVALID, HolidaySchedule.MAX_PAPERS,
                        HolidaySchedule.MAX_PAPER_LENGTH);
            }
            list.add(string(p, p.currentToken(), path + "[" + list.size() + "]"));
        }
        return list;
    }

    private static DomainException missing(String path) {
        return new DomainException(CalendarMessages.JSON_FIELD_MISSING, path);
    }

    private static DomainException type(String path, String kind) {
        return new DomainException(CalendarMessages.JSON_FIELD_TYPE, path, kind);
    }

    private static DomainException malformed(JsonLocation at, String detail) {
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String shortDetail = detail == null ? "" : detail.lines().findFirst().orElse("");
        if (shortDetail.length() > 200) {
            shortDetail = shortDetail.substring(0, 200) + "…";
        }
        return new DomainException(CalendarMessages.JSON_MALFORMED, String.valueOf(line), String.valueOf(column),
                shortDetail);
    }
}
