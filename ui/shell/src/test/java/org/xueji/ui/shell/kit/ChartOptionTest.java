package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Chart options are plain JSON data (nothing to evaluate), with the R14 cap as a limit line. */
class ChartOptionTest {

    @Test
    @DisplayName("a bar chart of one series, without title")
    void oneSeries() {
        String json = ChartOption.bar(null, List.of("一年级", "二年级"),
                List.of(ChartOption.Series.of("学生", List.of(312, 298))));
        assertThat(json).isEqualTo("{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"grid\":{\"left\":48,\"right\":24,\"top\":16,\"bottom\":32,\"containLabel\":true},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[\"一年级\",\"二年级\"]},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},"
                + "\"series\":[{\"type\":\"bar\",\"name\":\"学生\",\"data\":[312,298]}]}");
    }

    @Test
    @DisplayName("R14: class sizes with the cap 55 as a dashed limit line")
    void limitLine() {
        String json = ChartOption.bar("班额", List.of("七(1)班"),
                List.of(ChartOption.Series.of("人数", List.of(57)).withLimit(55, "班额上限 55")));
        assertThat(json).contains("\"title\":{\"text\":\"班额\"")
                .contains("\"data\":[57],\"markLine\":{\"symbol\":\"none\"")
                .contains("\"label\":{\"formatter\":\"班额上限 55\"},\"data\":[{\"yAxis\":55}]}");
    }

    @Test
    @DisplayName("texts are escaped: quotes, backslashes, line breaks and '<' cannot break out")
    void escaping() {
        assertThat(ChartOption.quote("a\"b\\c\nd</script>")).isEqualTo("\"a\\\"b\\\\c\\nd\\u003c/script>\"");
    }

    @Test
    @DisplayName("two series get a legend; a series must have one value per category")
    void legendAndShape() {
        String json = ChartOption.bar(null, List.of("a", "b"), List.of(ChartOption.Series.of("x", List.of(1, 2)),
                ChartOption.Series.of("y", List.of(2.5, 0))));
        assertThat(json).contains("\"legend\":{\"bottom\":0}").contains("\"data\":[2.5,0]");
        assertThatIllegalArgumentException().isThrownBy(() -> ChartOption.bar(null, List.of("a"),
                List.of(ChartOption.Series.of("x", List.of(1, 2)))));
    }
}
