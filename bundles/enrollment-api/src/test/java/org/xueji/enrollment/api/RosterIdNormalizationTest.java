package org.xueji.enrollment.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R18: how a roster's ID numbers and names are read before the comparison. Expected values are
 * written out by hand (11010519491231002X is GB 11643's own example; its 15-digit form is
 * 110105491231002).
 */
class RosterIdNormalizationTest {

    @ParameterizedTest(name = "R18: \"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "11010519491231002X|11010519491231002X",
            "11010519491231002x|11010519491231002X",
            "110105 19491231 002X|11010519491231002X",
            "\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12\uFF38|11010519491231002X",
            "110105\u200B19491231002X|11010519491231002X",
            "110105491231002|11010519491231002X",
            "110105 491231002|11010519491231002X",
            "1101054912310X2|1101054912310X2",
            "11010549123100a|11010549123100A",
            "11010549123100z|11010549123100Z",
            "11010549123100`|11010549123100`",
            "11010549123100{|11010549123100{",
            "11010519491231002/|11010519491231002/",
            "11010519491231002:|11010519491231002:",
    })
    void idNumbersAreNormalisedForTheComparison(String raw, String expected) {
        assertThat(RosterComparison.normalizeIdNumber(raw)).isEqualTo(expected);
    }

    @Test
    void blankIdNumbersAreAbsent() {
        assertThat(RosterComparison.normalizeIdNumber(null)).isNull();
        assertThat(RosterComparison.normalizeIdNumber("")).isNull();
        assertThat(RosterComparison.normalizeIdNumber(" \u3000 ")).isNull();
    }

    @Test
    void namesAreTrimmedAndBlankNamesAbsent() {
        assertThat(RosterComparison.normalizeName(null)).isNull();
        assertThat(RosterComparison.normalizeName("   ")).isNull();
        assertThat(RosterComparison.normalizeName(" 张三 ")).isEqualTo("张三");
    }
}
