package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.xueji.platform.api.identity.Refusals.refusedWith;
import static org.xueji.platform.api.identity.Refusals.withCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.platform.api.identity.StudentRegistryNumber.Kind;

/** Rule D1: student registry numbers (学籍号) G / J / L. */
class StudentRegistryNumberTest {

    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    private static final String ID = "11010519491231002X";
    /** J number for area 110105, born 2015-03-01, sequence 007: check character of 11010520150301007. */
    private static final String J_NUMBER = "J" + withCheck("11010520150301007");

    /** Always draws the given number, to make temporary numbers predictable. */
    private static RandomGenerator fixed(int value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public int nextInt(int bound) {
                return value;
            }
        };
    }

    @Test
    @DisplayName("D1: kinds have Chinese labels")
    void kindLabels() {
        assertThat(Kind.G.label()).isEqualTo("正式学籍号");
        assertThat(Kind.J.label()).isEqualTo("无身份证学生学籍号");
        assertThat(Kind.L.label()).isEqualTo("临时学籍号");
    }

    @Nested
    @DisplayName("D1: G numbers")
    class G {

        @Test
        @DisplayName("D1: G + ID number")
        void forIdNumber() {
            ChineseIdNumber id = ChineseIdNumber.parse(ID, CLOCK);
            StudentRegistryNumber number = StudentRegistryNumber.forIdNumber(id);
            assertThat(number.value()).isEqualTo("G" + ID).hasSize(19);
            assertThat(number.kind()).isEqualTo(Kind.G);
            assertThat(number.isPermanent()).isTrue();
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(number.areaCode()).isEqualTo("110105");
            assertThat(number.idNumber()).contains(id);
            assertThat(number.toString()).isEqualTo("G" + ID);
        }

        @ParameterizedTest(name = "D1: \"{0}\" is read as G" + ID)
        @ValueSource(strings = {"G" + ID, "g11010519491231002x", " G 110105 19491231 002X ", "Ｇ１１０１０５１９４９１２３１００２Ｘ",
                "\u3000G11010519491231002X\t"})
        void parse(String input) {
            StudentRegistryNumber number = StudentRegistryNumber.parse(input, CLOCK);
            assertThat(number).isEqualTo(StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(ID, CLOCK)));
            assertThat(number.value()).isEqualTo("G" + ID);
            assertThat(StudentRegistryNumber.isValid(input)).isTrue();
        }

        @Test
        @DisplayName("D1: G + ID number with a wrong check character is refused with the ID key")
        void wrongCheck() {
            refusedWith(() -> StudentRegistryNumber.parse("G110105194912310023", CLOCK),
                    IdentityMessages.ID_CHECK_CHARACTER, "X", "3");
        }

        @Test
        @DisplayName("D1: G + ID number with a bad date / province / letter is refused with the ID key")
        void otherIdErrors() {
            refusedWith(() -> StudentRegistryNumber.parse("G" + withCheck("11010519990230002"), CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_IMPOSSIBLE, "1999-02-30");
            refusedWith(() -> StudentRegistryNumber.parse("G" + withCheck("99010519491231002"), CLOCK),
                    IdentityMessages.ID_AREA_CODE, "990105", "99");
            refusedWith(() -> StudentRegistryNumber.parse("G1101051949A231002X", CLOCK),
                    IdentityMessages.ID_CHARACTERS, "A", 11);
            refusedWith(() -> StudentRegistryNumber.parse("G" + withCheck("11010520240602002"), CLOCK),
                    IdentityMessages.ID_BIRTH_DATE_FUTURE, "2024-06-02");
        }

        @Test
        @DisplayName("D1: G + legacy 15-digit number is refused: the G number holds the 18-character form")
        void legacyNotAccepted() {
            refusedWith(() -> StudentRegistryNumber.parse("G110105491231002", CLOCK),
                    IdentityMessages.REGNO_LENGTH, "G", 16, 19);
        }
    }

    @Nested
    @DisplayName("D1: J numbers")
    class J {

        @Test
        @DisplayName("D1: J + ID-style code with a valid check character")
        void forStudentWithoutId() {
            StudentRegistryNumber number = StudentRegistryNumber.forStudentWithoutId("110105", LocalDate.of(2015, 3, 1), 7);
            assertThat(number.value()).isEqualTo(J_NUMBER).hasSize(19).startsWith("J11010520150301007");
            assertThat(number.value().charAt(18)).isEqualTo(ChineseIdNumber.checkCharacter("11010520150301007"));
            assertThat(number.kind()).isEqualTo(Kind.J);
            assertThat(number.isPermanent()).isFalse();
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(2015, 3, 1));
            assertThat(number.idNumber()).isEmpty();
            assertThat(StudentRegistryNumber.parse(number.value(), CLOCK)).isEqualTo(number).hasSameHashCodeAs(number);
        }

        @Test
        @DisplayName("D1: J code ending in X, lower case and full width accepted")
        void checkX() {
            assertThat(StudentRegistryNumber.forStudentWithoutId("110105", LocalDate.of(1949, 12, 31), 2).value())
                    .isEqualTo("J" + ID);
            assertThat(StudentRegistryNumber.parse("j11010519491231002x", CLOCK).value()).isEqualTo("J" + ID);
            assertThat(StudentRegistryNumber.parse("Ｊ１１０１０５１９４９１２３１００２Ｘ", CLOCK).kind()).isEqualTo(Kind.J);
        }

        @Test
        @DisplayName("D1: 500 random J numbers parse back")
        void roundTrip() {
            Random random = new Random(7L);
            long first = LocalDate.of(1990, 1, 1).toEpochDay();
            long last = LocalDate.of(2024, 6, 1).toEpochDay();
            for (int i = 0; i < 500; i++) {
                LocalDate born = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
                StudentRegistryNumber number = StudentRegistryNumber.forStudentWithoutId(
                        "44" + String.format("%04d", random.nextInt(10_000)), born, random.nextInt(1000));
                assertThat(StudentRegistryNumber.parse(number.value(), CLOCK)).isEqualTo(number);
                assertThat(StudentRegistryNumber.parse(number.value(), CLOCK).birthDate()).isEqualTo(born);
            }
        }

        @Test
        @DisplayName("D1: J number with a wrong check character")
        void wrongCheck() {
            String wrong = J_NUMBER.substring(0, 18) + (J_NUMBER.charAt(18) == '0' ? '1' : '0');
            InvalidIdentityException e = refusedWith(() -> StudentRegistryNumber.parse(wrong, CLOCK),
                    IdentityMessages.REGNO_CHECK_CHARACTER, String.valueOf(J_NUMBER.charAt(18)), String.valueOf(wrong.charAt(18)));
            assertThat(e.getMessage()).isEqualTo("学籍号校验位错误：应为 " + J_NUMBER.charAt(18) + "，实际为 " + wrong.charAt(18) + "。");
        }

        @ParameterizedTest(name = "D1: J number \"{0}\": character {2} \"{1}\" is not allowed")
        @CsvSource({"J1101052015A301007X, A, 12", "JX10105201503010070, X, 2", "J110105201503010Y70, Y, 17"})
        void characters(String input, String character, int position) {
            refusedWith(() -> StudentRegistryNumber.parse(input, CLOCK), IdentityMessages.REGNO_CHARACTERS, character, position);
        }

        @Test
        @DisplayName("D1: J number with an unknown province, an impossible, future or too old date")
        void badContent() {
            refusedWith(() -> StudentRegistryNumber.parse("J" + withCheck("00010520150301007"), CLOCK),
                    IdentityMessages.REGNO_AREA_CODE, "000105", "00");
            refusedWith(() -> StudentRegistryNumber.parse("J" + withCheck("11010520230229007"), CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_IMPOSSIBLE, "2023-02-29");
            refusedWith(() -> StudentRegistryNumber.parse("J" + withCheck("11010520240602007"), CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_FUTURE, "2024-06-02");
            refusedWith(() -> StudentRegistryNumber.parse("J" + withCheck("11010518991231007"), CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_TOO_OLD, "1899-12-31");
        }

        @Test
        @DisplayName("D1: forStudentWithoutId checks its arguments")
        void badArguments() {
            LocalDate born = LocalDate.of(2015, 3, 1);
            refusedWith(() -> StudentRegistryNumber.forStudentWithoutId("11010", born, 1), IdentityMessages.AREA_CODE_FORMAT, "11010");
            refusedWith(() -> StudentRegistryNumber.forStudentWithoutId("990105", born, 1), IdentityMessages.REGNO_AREA_CODE, "990105", "99");
            refusedWith(() -> StudentRegistryNumber.forStudentWithoutId("110105", born, 1000), IdentityMessages.SEQUENCE_RANGE, "1000");
            refusedWith(() -> StudentRegistryNumber.forStudentWithoutId("110105", LocalDate.of(1899, 1, 1), 1),
                    IdentityMessages.REGNO_BIRTH_DATE_TOO_OLD, "1899-01-01");
            LocalDate nextYear = LocalDate.now().plusYears(1);
            refusedWith(() -> StudentRegistryNumber.forStudentWithoutId("110105", nextYear, 1),
                    IdentityMessages.REGNO_BIRTH_DATE_FUTURE, nextYear.toString());
            assertThatNullPointerException().isThrownBy(() -> StudentRegistryNumber.forStudentWithoutId("110105", null, 1));
        }
    }

    @Nested
    @DisplayName("D1: L numbers")
    class L {

        @Test
        @DisplayName("D1: L + area + birth date + 4 random digits")
        void temporary() {
            StudentRegistryNumber number = StudentRegistryNumber.temporary("810000", LocalDate.of(2016, 7, 9), fixed(42));
            assertThat(number.value()).isEqualTo("L810000201607090042").hasSize(19);
            assertThat(number.kind()).isEqualTo(Kind.L);
            assertThat(number.isPermanent()).isFalse();
            assertThat(number.birthDate()).isEqualTo(LocalDate.of(2016, 7, 9));
            assertThat(number.areaCode()).isEqualTo("810000");
            assertThat(number.idNumber()).isEmpty();
            assertThat(StudentRegistryNumber.parse(number.value(), CLOCK)).isEqualTo(number);
        }

        @Test
        @DisplayName("D1: random L numbers have 4 digits and parse back")
        void randomDigits() {
            Random random = new Random(11L);
            for (int i = 0; i < 500; i++) {
                StudentRegistryNumber number = StudentRegistryNumber.temporary("110105", LocalDate.of(2016, 7, 9), random);
                assertThat(number.value()).hasSize(19).startsWith("L11010520160709").matches("L\\d{18}");
                assertThat(StudentRegistryNumber.parse(number.value(), CLOCK)).isEqualTo(number);
            }
            assertThat(StudentRegistryNumber.temporary("110105", LocalDate.of(2016, 7, 9), fixed(9999)).value())
                    .endsWith("9999");
            assertThat(StudentRegistryNumber.temporary("110105", LocalDate.of(2016, 7, 9), fixed(0)).value())
                    .endsWith("0000");
        }

        @Test
        @DisplayName("D1: L numbers read in lower case and with spaces")
        void parse() {
            assertThat(StudentRegistryNumber.parse(" l 810000 20160709 0042 ", CLOCK).value()).isEqualTo("L810000201607090042");
        }

        @Test
        @DisplayName("D1: L number with a letter, an impossible, future or too old date")
        void refused() {
            refusedWith(() -> StudentRegistryNumber.parse("L81000020160709004X", CLOCK),
                    IdentityMessages.REGNO_CHARACTERS, "X", 19);
            refusedWith(() -> StudentRegistryNumber.parse("L810000201613090042", CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_IMPOSSIBLE, "2016-13-09");
            refusedWith(() -> StudentRegistryNumber.parse("L810000202406020042", CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_FUTURE, "2024-06-02");
            refusedWith(() -> StudentRegistryNumber.parse("L810000189912310042", CLOCK),
                    IdentityMessages.REGNO_BIRTH_DATE_TOO_OLD, "1899-12-31");
            refusedWith(() -> StudentRegistryNumber.parse("L81000020160709042", CLOCK),
                    IdentityMessages.REGNO_LENGTH, "L", 18, 19);
        }

        @Test
        @DisplayName("D1: temporary(...) checks its arguments")
        void badArguments() {
            LocalDate born = LocalDate.of(2016, 7, 9);
            refusedWith(() -> StudentRegistryNumber.temporary("8100001", born, fixed(1)), IdentityMessages.AREA_CODE_FORMAT, "8100001");
            refusedWith(() -> StudentRegistryNumber.temporary("81000a", born, fixed(1)), IdentityMessages.AREA_CODE_FORMAT, "81000a");
            refusedWith(() -> StudentRegistryNumber.temporary("810000", LocalDate.of(1899, 12, 31), fixed(1)),
                    IdentityMessages.REGNO_BIRTH_DATE_TOO_OLD, "1899-12-31");
            assertThatNullPointerException().isThrownBy(() -> StudentRegistryNumber.temporary("810000", born, null));
        }
    }

    @Nested
    @DisplayName("D1: refused 学籍号")
    class Refused {

        @ParameterizedTest(name = "D1: empty \"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\u3000"})
        void empty(String input) {
            refusedWith(() -> StudentRegistryNumber.parse(input, CLOCK), IdentityMessages.REGNO_EMPTY);
        }

        @ParameterizedTest(name = "D1: \"{0}\" starts with \"{1}\"")
        @CsvSource({"X11010519491231002X, X", "A123, A", "学11010519491231002X, 学", "1234, 1"})
        void kind(String input, String first) {
            refusedWith(() -> StudentRegistryNumber.parse(input, CLOCK), IdentityMessages.REGNO_KIND, first);
        }

        @ParameterizedTest(name = "D1: \"{0}\" is a bare ID number")
        @ValueSource(strings = {ID, "110105491231002", " 11010519491231002x "})
        void missingPrefix(String input) {
            InvalidIdentityException e = refusedWith(() -> StudentRegistryNumber.parse(input, CLOCK),
                    IdentityMessages.REGNO_MISSING_PREFIX, input.strip());
            assertThat(e.getMessage()).contains("G");
        }

        @ParameterizedTest(name = "D1: {0} number of {1} characters")
        @CsvSource({"G, 1", "G11010519491231002, 18", "G11010519491231002X0, 20", "J1101052015030100, 17", "L8100002016070900421, 20"})
        void length(String input, int length) {
            InvalidIdentityException e = refusedWith(() -> StudentRegistryNumber.parse(input, CLOCK),
                    IdentityMessages.REGNO_LENGTH, input.substring(0, 1), length, 19);
            assertThat(e.getMessage()).isEqualTo(input.charAt(0) + " 类学籍号应为 19 位（含开头字母），当前为 " + length + " 位。");
        }

        @ParameterizedTest(name = "D1: isValid(\"{0}\") is false")
        @NullAndEmptySource
        @ValueSource(strings = {ID, "G110105194912310023", "L81000020160709004X", "Q"})
        void isValidFalse(String input) {
            assertThat(StudentRegistryNumber.isValid(input)).isFalse();
        }
    }

    @ParameterizedTest(name = "D1: equality and toString for kind {0}")
    @EnumSource(Kind.class)
    void equality(Kind kind) {
        StudentRegistryNumber a = switch (kind) {
            case G -> StudentRegistryNumber.forIdNumber(ChineseIdNumber.parse(ID, CLOCK));
            case J -> StudentRegistryNumber.forStudentWithoutId("110105", LocalDate.of(2015, 3, 1), 7);
            case L -> StudentRegistryNumber.temporary("810000", LocalDate.of(2016, 7, 9), fixed(42));
        };
        StudentRegistryNumber b = StudentRegistryNumber.parse(a.value().toLowerCase(Locale.ROOT), CLOCK);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(a.value());
        assertThat(a.toString()).isEqualTo(a.value()).startsWith(kind.name());
        assertThat(a.kind()).isEqualTo(kind);
    }
}
