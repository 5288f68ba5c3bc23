package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.platform.api.identity.Refusals.refused;
import static org.xueji.platform.api.identity.Refusals.refusedWith;
import static org.xueji.platform.api.identity.Refusals.withCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule D1: resident ID numbers (GB 11643-1999). */
class ChineseIdNumberTest {

    /** "Today" for the date checks: 2024-06-01 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    /** The example of the domain notes: S = 167, 167 mod 11 = 2 → X. */
    private static final String EXAMPLE = "11010519491231002X";

    @Nested
    @DisplayName("D1: check character")
    class CheckCharacter {

        // Sums computed by hand / independently (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2):
        @ParameterizedTest(name = "D1: check character of {0} is {1} (S = {2})")
        @CsvSource({
                "11010519491231002, X, 167",
                "11010119900101001, 5, 106",
                "44030520150101001, 4, 140",
                "31010120121212002, 7, 104",
                "51010719800315123, 1, 220",
                "65010220100630004, 8, 202",
                "11010519491231003, 8, 169",
                "11010119900307111, 0, 166",
        })
        void computed(String first17, char expected, int sum) {
            assertThat(sum % 11).isEqualTo("10X98765432".indexOf(expected));
            assertThat(ChineseIdNumber.checkCharacter(first17)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "D1: checkCharacter refuses \"{0}\"")
        @ValueSource(strings = {"", "1101051949123100", "110105194912310021", "1101051949123100X", "１１０１０５１９４９１２３１００２"})
        void needsSeventeenDigits(String input) {
            assertThatThrownBy(() -> ChineseIdNumber.checkCharacter(input)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("D1: valid numbers")
    class Valid {

        @ParameterizedTest(name = "D1: {0} is valid")
        @ValueSource(strings = {EXAMPLE, "110101199001010015", "440305201501010014", "310101201212120027",
                "510107198003151231", "650102201006300048", "110101199003071110", "810000201101010016"})
        void accepted(String value) {
            ChineseIdNumber id = ChineseIdNumber.parse(value, CLOCK);
            assertThat(id.value()).isEqualTo(value);
            assertThat(ChineseIdNumber.isValid(value)).isTrue();
        }

        @Test
        @DisplayName("D1: the example of the notes: birth 1949-12-31, female, Beijing")
        void derivedFields() {
            ChineseIdNumber id = ChineseIdNumber.parse(EXAMPLE, CLOCK);
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
            assertThat(id.areaCode()).isEqualTo("110105");
            assertThat(id.provinceCode()).isEqualTo("11");
        }

        @ParameterizedTest(name = "D1: {0} is {1}")
        @CsvSource({"510107198003151231, MALE", "110101199001010015, MALE", "310101201212120027, FEMALE",
                "650102201006300048, FEMALE", "110101199003071110, MALE"})
        void sexFromSeventeenthDigit(String value, Sex sex) {
            assertThat(ChineseIdNumber.parse(value, CLOCK).sex()).isEqualTo(sex);
        }

        @Test
        @DisplayName("D1: lower-case x is accepted and stored as X")
        void lowerCaseX() {
            ChineseIdNumber id = ChineseIdNumber.parse("11010519491231002x", CLOCK);
            assertThat(id.value()).isEqualTo(EXAMPLE);
            assertThat(id).isEqualTo(ChineseIdNumber.parse(EXAMPLE, CLOCK));
        }

        @ParameterizedTest(name = "D1: full-width \"{0}\" is normalised")
        @ValueSource(strings = {"１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２ｘ", "110105１９４９1231002X"})
        void fullWidth(String input) {
            assertThat(ChineseIdNumber.parse(input, CLOCK).value()).isEqualTo(EXAMPLE);
        }

        @ParameterizedTest(name = "D1: spaces removed from \"{0}\"")
        @ValueSource(strings = {"  11010519491231002X  ", "110105 19491231 002X", "\t11010519491231002X\n",
                "\u300011010519491231002X\u3000", "110105\u00A019491231002X", "\uFEFF11010519491231002X",
                "110105 1949 1231 002 x"})
        void spaces(String input) {
            assertThat(ChineseIdNumber.parse(input, CLOCK).value()).isEqualTo(EXAMPLE);
        }

        @Test
        @DisplayName("D1: a legacy 15-digit number is upgraded to 18 characters")
        void legacyUpgrade() {
            ChineseIdNumber id = ChineseIdNumber.parse("110105491231002", CLOCK);
            assertThat(id.value()).isEqualTo(EXAMPLE);
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id).isEqualTo(ChineseIdNumber.parse(EXAMPLE, CLOCK)).hasSameHashCodeAs(ChineseIdNumber.parse(EXAMPLE, CLOCK));
        }

        @Test
        @DisplayName("D1: a legacy number with an impossible date is refused after the upgrade")
        void legacyImpossibleDate() {
            refusedWith(() -> ChineseIdNumber.parse("110105990230002", CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_IMPOSSIBLE, "1999-02-30");
        }

        @Test
        @DisplayName("D1: born today is accepted, and 1900-01-01 too")
        void dateBounds() {
            assertThat(ChineseIdNumber.parse(withCheck("11010120240601001"), CLOCK).birthDate())
                    .isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(ChineseIdNumber.parse(withCheck("11010119000101001"), CLOCK).birthDate())
                    .isEqualTo(LocalDate.of(1900, 1, 1));
        }

        @Test
        @DisplayName("D1: 29 February of a leap year is a real date")
        void leapDay() {
            assertThat(ChineseIdNumber.parse("110101200802290016", CLOCK).birthDate()).isEqualTo(LocalDate.of(2008, 2, 29));
        }
    }

    @Nested
    @DisplayName("D1: refused numbers")
    class Refused {

        @ParameterizedTest(name = "D1: empty \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\u3000", "\t\n"})
        void empty(String input) {
            refusedWith(() -> ChineseIdNumber.parse(input, CLOCK), IdentityMessages.ID_EMPTY);
        }

        @Test
        @DisplayName("D1: wrong check character names the expected and the given one")
        void wrongCheckCharacter() {
            InvalidIdentityException e = refusedWith(() -> ChineseIdNumber.parse("110105194912310023", CLOCK),
                    IdentityMessages.ID_CHECK_CHARACTER, "X", "3");
            assertThat(e.getMessage()).isEqualTo("身份证号校验位错误：应为 X，实际为 3。");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("The check character of the ID number is wrong: expected X, got 3.");
        }

        @Test
        @DisplayName("D1: X given where a digit is expected is a check character error")
        void xWhereDigitExpected() {
            refusedWith(() -> ChineseIdNumber.parse("11010119900101001X", CLOCK),
                    IdentityMessages.ID_CHECK_CHARACTER, "5", "X");
        }

        @ParameterizedTest(name = "D1: \"{0}\" has {1} characters")
        @CsvSource({"1, 1", "1101051949123100, 16", "11010519491231002, 17", "11010519491231002X1, 19",
                "11010549123100, 14", "'11010519491231002X, 11010519491231002X', 37"})
        void wrongLength(String input, int length) {
            InvalidIdentityException e = refusedWith(() -> ChineseIdNumber.parse(input, CLOCK),
                    IdentityMessages.ID_LENGTH, length);
            assertThat(e.getMessage()).contains(length + " 位");
        }

        @ParameterizedTest(name = "D1: \"{0}\": character {2} \"{1}\" is not allowed")
        @CsvSource({
                "1101051949A231002X, A, 11",
                "11010X19491231002X, X, 6",
                "11010519491231002Y, Y, 18",
                "O11010519491231002, O, 1",
                "11010549123100X, X, 15",
                "110105-194912-3100, -, 7",
                "11010519491231E002, E, 15",
                "110105一九四九12310002, 一, 7",
        })
        void lettersAndSymbols(String input, String character, int position) {
            refusedWith(() -> ChineseIdNumber.parse(input, CLOCK), IdentityMessages.ID_CHARACTERS, character, position);
        }

        @ParameterizedTest(name = "D1: \"{0}\" is Excel scientific notation")
        @ValueSource(strings = {"1.10105E+17", "1.10105e+17", "1.10105E17", "1E+17", "１．１０１０５Ｅ＋１７",
                " 1.10105E+17 ", "110105194912310000.0", "1.1010519491231E+17"})
        void scientificNotation(String input) {
            InvalidIdentityException e = refusedWith(() -> ChineseIdNumber.parse(input, CLOCK),
                    IdentityMessages.ID_SCIENTIFIC_NOTATION, input.strip());
            assertThat(e.getMessage()).contains("Excel", "科学计数法", input.strip());
        }

        @ParameterizedTest(name = "D1: province code of {0} does not exist")
        @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72",
                "80", "84", "90", "92", "99"})
        void badProvince(String province) {
            String area = province + "0105";
            refusedWith(() -> ChineseIdNumber.parse(withCheck(area + "19491231002"), CLOCK),
                    IdentityMessages.ID_AREA_CODE, area, province);
        }

        @ParameterizedTest(name = "D1: province code {0} exists")
        @ValueSource(strings = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                "71", "81", "82", "83", "91"})
        void goodProvince(String province) {
            assertThat(ChineseIdNumber.parse(withCheck(province + "010519491231002"), CLOCK).provinceCode())
                    .isEqualTo(province);
        }

        @ParameterizedTest(name = "D1: birth date {0} does not exist")
        @CsvSource({"19990230, 1999-02-30", "20230229, 2023-02-29", "19001301, 1900-13-01", "20000001, 2000-00-01",
                "20000100, 2000-01-00", "20000431, 2000-04-31", "19000229, 1900-02-29"})
        void impossibleDate(String yyyyMMdd, String shown) {
            InvalidIdentityException e = refusedWith(
                    () -> ChineseIdNumber.parse(withCheck("110105" + yyyyMMdd + "002"), CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_IMPOSSIBLE, shown);
            assertThat(e.getMessage()).isEqualTo("身份证号中的出生日期 " + shown + " 不是有效日期。");
        }

        @ParameterizedTest(name = "D1: birth date {0} is after today (2024-06-01, fixed clock)")
        @CsvSource({"20240602, 2024-06-02", "20250101, 2025-01-01", "29991231, 2999-12-31"})
        void futureDate(String yyyyMMdd, String shown) {
            refusedWith(() -> ChineseIdNumber.parse(withCheck("110105" + yyyyMMdd + "002"), CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_FUTURE, shown);
        }

        @Test
        @DisplayName("D1: the default clock is today: a birth date next year is refused")
        void futureWithSystemClock() {
            LocalDate nextYear = LocalDate.now().plusYears(1);
            String digits = String.format("%04d%02d%02d", nextYear.getYear(), nextYear.getMonthValue(), nextYear.getDayOfMonth());
            refusedWith(() -> ChineseIdNumber.parse(withCheck("110105" + digits + "002")),
                    IdentityMessages.ID_BIRTH_DATE_FUTURE, nextYear.toString());
        }

        @ParameterizedTest(name = "D1: birth date {0} is before 1900")
        @CsvSource({"18991231, 1899-12-31", "18000101, 1800-01-01", "00010101, 0001-01-01"})
        void beforeNineteenHundred(String yyyyMMdd, String shown) {
            refusedWith(() -> ChineseIdNumber.parse(withCheck("110105" + yyyyMMdd + "002"), CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_TOO_OLD, shown);
        }

        @ParameterizedTest(name = "D1: isValid(\"{0}\") is false")
        @NullAndEmptySource
        @ValueSource(strings = {"110105194912310023", "1.10105E+17", "11010519990230002X", "abc"})
        void isValidFalse(String input) {
            assertThat(ChineseIdNumber.isValid(input)).isFalse();
        }

        @Test
        @DisplayName("D1: the clock is required")
        void clockRequired() {
            assertThatNullPointerException().isThrownBy(() -> ChineseIdNumber.parse(EXAMPLE, null));
        }
    }

    @Nested
    @DisplayName("D1: display and identity")
    class Display {

        @Test
        @DisplayName("D1: masked() shows the first 6 and the last 4 characters")
        void masked() {
            assertThat(ChineseIdNumber.parse(EXAMPLE, CLOCK).masked()).isEqualTo("110105********002X");
            assertThat(ChineseIdNumber.parse("510107198003151231", CLOCK).masked()).isEqualTo("510107********1231");
        }

        @Test
        @DisplayName("D1: toString() never shows the full number")
        void toStringIsMasked() {
            ChineseIdNumber id = ChineseIdNumber.parse(EXAMPLE, CLOCK);
            assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
            assertThat(String.valueOf(id)).isEqualTo(id.masked());
        }

        @Test
        @DisplayName("D1: equal on the value")
        void equality() {
            ChineseIdNumber a = ChineseIdNumber.parse(EXAMPLE, CLOCK);
            ChineseIdNumber b = ChineseIdNumber.parse(" 110105 19491231 002x ", CLOCK);
            ChineseIdNumber c = ChineseIdNumber.parse("510107198003151231", CLOCK);
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(EXAMPLE).isNotEqualTo(null);
        }

        @ParameterizedTest(name = "D1: born {0}, on {1} aged {2}")
        @CsvSource({
                "1949-12-31, 2024-06-01, 74",
                "2010-09-01, 2024-08-31, 13",
                "2010-09-01, 2024-09-01, 14",
                "2008-02-29, 2024-02-28, 15",
                "2008-02-29, 2024-02-29, 16",
                "2008-02-29, 2023-02-28, 14",
                "2008-02-29, 2023-03-01, 15",
                "2010-09-01, 2010-09-01, 0",
        })
        void ageOn(LocalDate born, LocalDate on, int age) {
            ChineseIdNumber id = ChineseIdNumber.of("110105", born, 1);
            assertThat(id.ageOn(on)).isEqualTo(age);
        }

        @Test
        @DisplayName("D1: ageOn refuses a day before the birth")
        void ageBeforeBirth() {
            ChineseIdNumber id = ChineseIdNumber.parse(EXAMPLE, CLOCK);
            assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("D1: building numbers with of(...)")
    class Of {

        @Test
        @DisplayName("D1: of(...) builds the example of the notes")
        void example() {
            ChineseIdNumber id = ChineseIdNumber.of("110105", LocalDate.of(1949, 12, 31), 2);
            assertThat(id.value()).isEqualTo(EXAMPLE);
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
            assertThat(ChineseIdNumber.of("110105", LocalDate.of(1949, 12, 31), 3).sex()).isEqualTo(Sex.MALE);
            assertThat(ChineseIdNumber.of("110105", LocalDate.of(1949, 12, 31), 0).value()).startsWith("11010519491231000");
        }

        @Test
        @DisplayName("D1: 1000 random numbers built by of(...) parse back valid with the same fields")
        void roundTrip() {
            String[] provinces = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
                    "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                    "65", "71", "81", "82", "83", "91"};
            Random random = new Random(20240601L);
            long first = LocalDate.of(1900, 1, 1).toEpochDay();
            long last = LocalDate.of(2024, 6, 1).toEpochDay();
            for (int i = 0; i < 1000; i++) {
                String area = provinces[random.nextInt(provinces.length)] + String.format("%04d", random.nextInt(10_000));
                LocalDate born = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
                int sequence = random.nextInt(1000);
                ChineseIdNumber built = ChineseIdNumber.of(area, born, sequence);
                ChineseIdNumber parsed = ChineseIdNumber.parse(built.value(), CLOCK);
                assertThat(parsed).as("%s %s %d", area, born, sequence).isEqualTo(built);
                assertThat(parsed.value()).hasSize(18).startsWith(area);
                assertThat(parsed.areaCode()).isEqualTo(area);
                assertThat(parsed.birthDate()).isEqualTo(born);
                assertThat(parsed.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
                assertThat(ChineseIdNumber.isValid(built.value().toLowerCase(Locale.ROOT))).isTrue();
            }
        }

        @ParameterizedTest(name = "D1: of(...) refuses area code \"{0}\"")
        @ValueSource(strings = {"", "11010", "1101051", "11010a", "１１０１０５"})
        void badAreaFormat(String area) {
            refusedWith(() -> ChineseIdNumber.of(area, LocalDate.of(2010, 1, 1), 1), IdentityMessages.AREA_CODE_FORMAT, area);
        }

        @Test
        @DisplayName("D1: of(...) refuses a province that does not exist")
        void badProvince() {
            refusedWith(() -> ChineseIdNumber.of("990105", LocalDate.of(2010, 1, 1), 1),
                    IdentityMessages.ID_AREA_CODE, "990105", "99");
        }

        @ParameterizedTest(name = "D1: of(...) refuses sequence {0}")
        @ValueSource(ints = {-1, 1000, Integer.MIN_VALUE})
        void badSequence(int sequence) {
            refusedWith(() -> ChineseIdNumber.of("110105", LocalDate.of(2010, 1, 1), sequence),
                    IdentityMessages.SEQUENCE_RANGE, String.valueOf(sequence));
        }

        @Test
        @DisplayName("D1: of(...) refuses birth dates before 1900 and in the future")
        void badDates() {
            refusedWith(() -> ChineseIdNumber.of("110105", LocalDate.of(1899, 12, 31), 1),
                    IdentityMessages.ID_BIRTH_DATE_TOO_OLD, "1899-12-31");
            LocalDate tomorrowNextYear = LocalDate.now().plusYears(1);
            refusedWith(() -> ChineseIdNumber.of("110105", tomorrowNextYear, 1),
                    IdentityMessages.ID_BIRTH_DATE_FUTURE, tomorrowNextYear.toString());
        }

        @Test
        @DisplayName("D1: of(...) needs an area code and a birth date")
        void nulls() {
            assertThatNullPointerException().isThrownBy(() -> ChineseIdNumber.of(null, LocalDate.of(2010, 1, 1), 1));
            assertThatNullPointerException().isThrownBy(() -> ChineseIdNumber.of("110105", null, 1));
        }
    }

    @Test
    @DisplayName("D1: a refusal is a DomainException with a Chinese message")
    void isDomainException() {
        InvalidIdentityException e = refused(() -> ChineseIdNumber.parse("abc", CLOCK));
        assertThat(e).isInstanceOf(org.xueji.platform.api.DomainException.class);
        assertThat(e.getMessage()).isEqualTo("身份证号位数不对：当前为 3 位，应为 18 位（旧版为 15 位）。");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The ID number has 3 characters; it needs 18 (or 15 for an old-style number).");
    }
}
