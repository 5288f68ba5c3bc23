package org.xueji.platform.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    /** Every character is 1 wide, so widths are lengths in code points. */
    private static final TextWrapper.Measure ONE_EACH = s -> s.codePointCount(0, s.length());

    @Test
    void chineseTextBreaksBetweenAnyCharacters() throws IOException {
        assertThat(TextWrapper.wrap("北京市朝阳区光华路甲十号", 5, 10, ONE_EACH))
                .containsExactly("北京市朝阳", "区光华路甲", "十号");
    }

    @Test
    void latinWordsAndNumbersStayTogether() throws IOException {
        assertThat(TextWrapper.wrap("电话 13800000000 转 12", 12, 10, ONE_EACH))
                .containsExactly("电话", "13800000000", "转 12");
        assertThat(TextWrapper.wrap("Building 12 Unit 3", 11, 10, ONE_EACH))
                .containsExactly("Building 12", "Unit 3");
    }

    @Test
    void aWordLongerThanTheLineIsSplit() throws IOException {
        assertThat(TextWrapper.wrap("G110105201503080012", 8, 10, ONE_EACH))
                .containsExactly("G1101052", "01503080", "012");
    }

    @Test
    void lineBreaksAreKeptAndControlCharactersBecomeSpaces() throws IOException {
        assertThat(TextWrapper.wrap("第一行\r\n第二\t行\n", 10, 10, ONE_EACH))
                .containsExactly("第一行", "第二 行");
    }

    @Test
    void tooManyLinesEndWithAnEllipsis() throws IOException {
        List<String> lines = TextWrapper.wrap("一二三四五六七八九十", 3, 2, ONE_EACH);
        assertThat(lines).containsExactly("一二三", "四五…");
    }

    @Test
    void blankTextHasNoLines() throws IOException {
        assertThat(TextWrapper.wrap(null, 10, 10, ONE_EACH)).isEmpty();
        assertThat(TextWrapper.wrap("  ", 10, 10, ONE_EACH)).isEmpty();
    }
}
