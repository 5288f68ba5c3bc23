package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * D1 against vectors from outside the code: the published GB 11643-1999 example and numbers
 * whose check characters were computed by hand (ISO 7064 MOD 11-2: weights
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, character = "10X98765432"[sum mod 11]). Every one of the
 * 11 check characters appears once, so a swapped entry in the code's table fails here, which
 * tests whose expected values come from {@link ChineseIdNumber#checkCharacter} cannot show.
 */
class IdentityVectorsTest {

    /** The weighted sum of the first 17 digits is in the comment of each row, to re-check by hand. */
    @ParameterizedTest(name = "D1: {0} has check character {1}")
    @CsvSource({
            // 4·7+3·9+0+1·5+0+4·4+2·2+0+1·6+5·3+0+9·9+0+3·5+0+0+1·2 = 199; 199 mod 11 = 1 → '0'
            "430104201509030010, 0",
            "430104201509030061, 1",   // sum 209, mod 11 = 0
            "43010420150903007X, X",   // sum 211, mod 11 = 2
            "430104201509030029, 9",   // sum 201, mod 11 = 3
            "430104201509030088, 8",   // sum 213, mod 11 = 4
            "430104201509030037, 7",   // sum 203, mod 11 = 5
            "430104201509030096, 6",   // sum 215, mod 11 = 6
            "430104201509030045, 5",   // sum 205, mod 11 = 7
            "430104201509030184, 4",   // sum 217, mod 11 = 8
            "430104201509030053, 3",   // sum 207, mod 11 = 9
            "430104201509030192, 2",   // sum 219, mod 11 = 10
            "11010519491231002X, X",   // the standard's own example
    })
    void everyCheckCharacterIsAccepted(String id, char check) {
        assertThat(ChineseIdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(check);
        assertThat(ChineseIdNumber.isValid(id)).isTrue();
        assertThat(ChineseIdNumber.parse(id).value()).isEqualTo(id);
    }

    @ParameterizedTest(name = "D1: {0} with a wrong check character is refused")
    @CsvSource({"430104201509030013", "430104201509030062", "430104201509030023", "430104201509030032",
            "43010420150903019X", "110105194912310021"})
    void aWrongCheckCharacterIsRefused(String id) {
        assertThat(ChineseIdNumber.isValid(id)).isFalse();
        assertThatThrownBy(() -> ChineseIdNumber.parse(id)).isInstanceOf(InvalidIdentityException.class)
                .extracting(e -> ((InvalidIdentityException) e).messageKey()).isEqualTo(IdentityMessages.ID_CHECK_CHARACTER);
    }

    @Test
    void d1_birthDateAndSexComeFromTheNumber() {
        // 17th digit 1 (odd) → male; 2 (even) → female
        ChineseIdNumber boy = ChineseIdNumber.parse("430104201509030010");
        assertThat(boy.birthDate()).isEqualTo(LocalDate.of(2015, 9, 3));
        assertThat(boy.sex()).isEqualTo(Sex.MALE);
        ChineseIdNumber example = ChineseIdNumber.parse("11010519491231002X");
        assertThat(example.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(example.sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest(name = "D1: legacy {0} becomes {1}")
    @CsvSource({
            "110105491231002, 11010519491231002X",  // the standard's example in its 15-digit form
            "430104850301123, 430104198503011236",  // 19 inserted; sum 204, mod 11 = 6 → '6'
    })
    void legacyFifteenDigitNumbersAreUpgraded(String legacy, String upgraded) {
        assertThat(ChineseIdNumber.parse(legacy).value()).isEqualTo(upgraded);
    }

    @Test
    void d1_registryNumbersOfEachKind() {
        StudentRegistryNumber g = StudentRegistryNumber.parse("G430104201509030010");
        assertThat(g.kind()).isEqualTo(StudentRegistryNumber.Kind.G);
        assertThat(g.idNumber()).map(ChineseIdNumber::value).contains("430104201509030010");

        // J + area 430104 + 2016-03-08 + sequence 052 + check: sum 195, mod 11 = 8 → '4'
        StudentRegistryNumber j = StudentRegistryNumber.parse("J430104201603080524");
        assertThat(j.kind()).isEqualTo(StudentRegistryNumber.Kind.J);
        assertThat(j.birthDate()).isEqualTo(LocalDate.of(2016, 3, 8));
        assertThat(StudentRegistryNumber.forStudentWithoutId("430104", LocalDate.of(2016, 3, 8), 52).value())
                .isEqualTo("J430104201603080524");
        assertThatThrownBy(() -> StudentRegistryNumber.parse("J430104201603080525"))
                .isInstanceOf(InvalidIdentityException.class);

        StudentRegistryNumber l = StudentRegistryNumber.parse("L430104201603081234");
        assertThat(l.kind()).isEqualTo(StudentRegistryNumber.Kind.L);
        assertThat(l.idNumber()).isEmpty();
    }

    @Test
    void equalNumbersAreEqualValuesAndHashAlike() {
        // the same person typed with a lower-case x, a space and full-width digits is one value (一人一籍)
        ChineseIdNumber typed = ChineseIdNumber.parse("110105 19491231002x");
        ChineseIdNumber fullWidth = ChineseIdNumber.parse("\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19"
                + "\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12X");
        ChineseIdNumber other = ChineseIdNumber.parse("430104201509030010");
        assertThat(typed).isEqualTo(fullWidth).hasSameHashCodeAs(fullWidth).isNotEqualTo(other);
        assertThat(typed.hashCode()).isNotEqualTo(other.hashCode());
        StudentRegistryNumber g = StudentRegistryNumber.parse("g11010519491231002X");
        assertThat(g).isEqualTo(StudentRegistryNumber.forIdNumber(typed))
                .hasSameHashCodeAs(StudentRegistryNumber.forIdNumber(typed));
        assertThat(g.hashCode()).isNotEqualTo(StudentRegistryNumber.forIdNumber(other).hashCode());
    }
}
