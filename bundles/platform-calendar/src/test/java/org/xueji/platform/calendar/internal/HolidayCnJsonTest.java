package org.xueji.platform.calendar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.DomainException;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.MessageKey;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.api.calendar.CalendarMessages;
import org.xueji.platform.api.calendar.CalendarService;
import org.xueji.platform.api.calendar.HolidaySchedule;
import org.xueji.platform.api.calendar.SpecialDay;

/** D2 bad input: calendar JSON judged strictly, each problem a clear message key. */
class HolidayCnJsonTest {

    private static final String DAY = "{\"name\": \"国庆节\", \"date\": \"2027-10-01\", \"isOffDay\": true}";

    private static byte[] json(String s) {
        return s.getBytes(UTF_8);
    }

    private static MessageKey refusal(String text, int year) {
        try {
            HolidayCnJson.parse(json(text), year);
        } catch (ValidationException e) {
            return e.errors().get(0).messageKey();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void d2_theShippedFilesAreReadAsPublished() {
        HolidaySchedule y2025 = HolidayCnJson.parse(ShippedYears.bytes(2025), 2025);
        // the 2025 notice: 33 listed dates, of which the make-up working days are
        // 01-26, 02-08, 04-27, 09-28 and 10-11
        assertThat(y2025.days()).hasSize(33);
        assertThat(y2025.days().stream().filter(d -> !d.offDay()).map(SpecialDay::date))
                .containsExactly(LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08"),
                        LocalDate.parse("2025-04-27"), LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));
        assertThat(y2025.papers()).containsExactly("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm");
        assertThat(y2025.day(LocalDate.parse("2025-10-08"))).get().extracting(SpecialDay::name)
                .isEqualTo("国庆节、中秋节");
        assertThat(ShippedYears.load()).extracting(HolidaySchedule::year).containsExactly(2024, 2025, 2026);
    }

    @Test
    void d2_minimalFileWithoutPapersOrMetadata() {
        HolidaySchedule s = HolidayCnJson.parse(json("{\"year\": 2027, \"days\": [" + DAY + "]}"), 2027);
        assertThat(s.days()).containsExactly(new SpecialDay(LocalDate.parse("2027-10-01"), "国庆节", true));
        assertThat(s.papers()).isEmpty();
    }

    @Test
    void d2_malformedJsonNamesThePosition() {
        assertThatThrownBy(() -> HolidayCnJson.parse(json("{\"year\": 2027,\n \"days\": [" + DAY + ",]"), 2027))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(CalendarMessages.JSON_MALFORMED);
                    assertThat(e.args()[0]).isEqualTo("2");
                });
        assertThat(refusal("not json at all", 2027)).isEqualTo(CalendarMessages.JSON_MALFORMED);
        assertThat(refusal("{\"year\": 2027, \"days\": []} {}", 2027)).isEqualTo(CalendarMessages.JSON_MALFORMED);
        assertThat(refusal("{\"year\": 2027, \"days\": [", 2027)).isEqualTo(CalendarMessages.JSON_MALFORMED);
        assertThat(refusal("[1, 2]", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
    }

    @Test
    void d2_theWrongYearIsRefused() {
        // the file says 2026, the administrator imports 2027
        assertThatThrownBy(() -> HolidayCnJson.parse(json("{\"year\": 2026, \"days\": []}"), 2027))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(CalendarMessages.JSON_YEAR_MISMATCH);
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("The file is for 2026, but 2027 is being imported.");
                });
        // the shipped 2025 file offered as 2027
        assertThat(refusal(new String(ShippedYears.bytes(2025), UTF_8), 2027))
                .isEqualTo(CalendarMessages.JSON_YEAR_MISMATCH);
        // the year field agrees, a date does not
        assertThatThrownBy(() -> HolidayCnJson.parse(json("{\"year\": 2027, \"days\": [" + DAY + ", "
                + "{\"name\": \"元旦\", \"date\": \"2028-01-01\", \"isOffDay\": true}]}"), 2027))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("days[1]",
                                CalendarMessages.DATE_OUTSIDE_YEAR)));
    }

    @Test
    void d2_aDateTwiceIsRefused() {
        assertThat(refusal("{\"year\": 2027, \"days\": [" + DAY + ", " + DAY + "]}", 2027))
                .isEqualTo(CalendarMessages.DATE_TWICE);
    }

    @Test
    void d2_fieldsAreCheckedStrictly() {
        // unknown fields are refused (a misspelt isOffDay must not silently change a day) ...
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-10-01\", "
                + "\"isOffday\": true}]}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_UNKNOWN);
        assertThat(refusal("{\"year\": 2027, \"comment\": \"x\", \"days\": []}", 2027))
                .isEqualTo(CalendarMessages.JSON_FIELD_UNKNOWN);
        // ... except holiday-cn's own metadata
        assertThat(HolidayCnJson.parse(json("{\"$schema\": \"https://x\", \"$id\": \"https://y\", \"year\": 2027, "
                + "\"days\": []}"), 2027).days()).isEmpty();
        assertThat(refusal("{\"year\": 2027, \"year\": 2027, \"days\": []}", 2027))
                .isEqualTo(CalendarMessages.JSON_FIELD_TWICE);
        assertThat(refusal("{\"days\": []}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_MISSING);
        assertThat(refusal("{\"year\": 2027}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_MISSING);
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-10-01\"}]}", 2027))
                .isEqualTo(CalendarMessages.JSON_FIELD_MISSING);
        assertThat(refusal("{\"year\": \"2027\", \"days\": []}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
        assertThat(refusal("{\"year\": 2027.5, \"days\": []}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
        assertThat(refusal("{\"year\": 99999999999, \"days\": []}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
        assertThat(refusal("{\"year\": 2027, \"days\": {}}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-10-01\", "
                + "\"isOffDay\": \"true\"}]}", 2027)).isEqualTo(CalendarMessages.JSON_FIELD_TYPE);
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-02-30\", "
                + "\"isOffDay\": true}]}", 2027)).isEqualTo(CalendarMessages.JSON_DATE_INVALID);
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027/10/01\", "
                + "\"isOffDay\": true}]}", 2027)).isEqualTo(CalendarMessages.JSON_DATE_INVALID);
        // a make-up working day on a Friday (2027-10-08) is not a make-up day
        assertThat(refusal("{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-10-08\", "
                + "\"isOffDay\": false}]}", 2027)).isEqualTo(CalendarMessages.MAKE_UP_NOT_WEEKEND);
    }

    @Test
    void d2_emptyAndOversizedFilesAreRefused() {
        assertThat(refusal("", 2027)).isEqualTo(CalendarMessages.IMPORT_EMPTY);
        assertThat(refusal("  \n ", 2027)).isEqualTo(CalendarMessages.IMPORT_EMPTY);
        String padding = " ".repeat(CalendarService.MAX_IMPORT_BYTES);
        assertThatThrownBy(() -> HolidayCnJson.parse(json("{\"year\": 2027, \"days\": []}" + padding), 2027))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(CalendarMessages.IMPORT_TOO_LARGE);
                    assertThat(e.message(Locale.ENGLISH)).contains("256 KB");
                });
        // deeply nested input stops at the nesting limit, reported as malformed
        assertThat(refusal("{\"year\": 2027, \"$id\": " + "[".repeat(50) + "]".repeat(50) + ", \"days\": []}", 2027))
                .isEqualTo(CalendarMessages.JSON_MALFORMED);
    }
}
