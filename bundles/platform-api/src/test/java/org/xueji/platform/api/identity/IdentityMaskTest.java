package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1/D1: one masking rule for ID numbers and 学籍号 wherever lists show them. */
class IdentityMaskTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("D1: an ID number keeps its first 6 and last 4 characters")
    @CsvSource({
            "11010519491231002X, 110105********002X",
            "110105491231002, 110105*****1002",
            "12345678901, 123456*8901",
            "' 11010519491231002X ', 110105********002X"})
    void idNumbers(String value, String expected) {
        assertThat(IdentityMask.idNumber(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("R1: short or odd values keep at most their last 2 characters")
    @CsvSource({
            "E12345678, *******78",
            "1234567890, ********90",
            "12345, ****5",
            "AB, **",
            "7, *"})
    void shortValues(String value, String expected) {
        assertThat(IdentityMask.idNumber(value)).isEqualTo(expected);
    }

    @Test
    @DisplayName("R1: nothing to mask gives an empty text, never an exception")
    void missing() {
        assertThat(IdentityMask.idNumber(null)).isEmpty();
        assertThat(IdentityMask.idNumber("   ")).isEmpty();
        assertThat(IdentityMask.registryNumber(null)).isEmpty();
        assertThat(IdentityMask.registryNumber("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("D1: a G 学籍号 (letter + full ID number) is masked like the ID number; J and L alike")
    @CsvSource({
            "G11010519491231002X, G110105********002X",
            "J110105201503010071, J110105********0071",
            "L110105201503014821, L110105********4821",
            "g11010519491231002x, G110105********002x",
            "G123, G**3",
            "G, G",
            "11010519491231002X, 110105********002X"})
    void registryNumbers(String value, String expected) {
        assertThat(IdentityMask.registryNumber(value)).isEqualTo(expected);
    }

    @Test
    @DisplayName("D1: a masked G 学籍号 does not contain the ID number it is made of")
    void gNumberHidesTheIdNumber() {
        String masked = IdentityMask.registryNumber("G11010519491231002X");
        assertThat(masked).doesNotContain("19491231").isNotEqualTo("G11010519491231002X");
        assertThat(ChineseIdNumber.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
    }
}
