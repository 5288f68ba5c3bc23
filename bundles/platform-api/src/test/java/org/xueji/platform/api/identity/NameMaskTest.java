package org.xueji.platform.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void publishedNamesKeepTheFirstAndForLongerNamesTheLastCharacter() {
        assertThat(NameMask.name("张伟")).isEqualTo("张*");
        assertThat(NameMask.name("王小明")).isEqualTo("王*明");
        assertThat(NameMask.name("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(NameMask.name("阿依·木拉提")).isEqualTo("阿****提");
        assertThat(NameMask.name("𠮷")).isEqualTo("𠮷");
        assertThat(NameMask.name(" 李四 ")).isEqualTo("李*");
        assertThat(NameMask.name(null)).isEmpty();
        assertThat(NameMask.name("  ")).isEmpty();
    }
}
