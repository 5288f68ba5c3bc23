package org.xueji.ui.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdMaskTest {

    @Test
    void residentIdKeepsFirstSixAndLastFour() {
        // R1: no full ID numbers on a presence list
        assertThat(IdMask.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdMask.mask(" 430104201001010017 ")).isEqualTo("430104********0017");
    }

    @Test
    void otherDocumentsAreMaskedToo() {
        assertThat(IdMask.mask("E12345678")).isEqualTo("*******78");
        assertThat(IdMask.mask("AB1")).isEqualTo("**1");
        assertThat(IdMask.mask("")).isEmpty();
        assertThat(IdMask.mask(null)).isEmpty();
    }
}
