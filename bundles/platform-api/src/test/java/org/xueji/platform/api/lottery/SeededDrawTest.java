package org.xueji.platform.api.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeededDrawTest {

    @Test
    void theDrawIsTheCandidatesOrderedByTheirSha256LotAsTheJavadocSays() {
        // lots computed outside Java: printf '%s\n%s' s1 NAME | sha256sum
        assertThat(SeededDraw.lot("s1", "alice"))
                .isEqualTo("2d35f8b4cfbd97516669ec1178be55a25db3bdac2ea82f0068b7b02248c3f21e");
        assertThat(SeededDraw.lot("s1", "王老师"))
                .isEqualTo("22f01a4698181f3a9566a7e550d1f5aae2ec7cb29257de395bea823a19e59b42");
        // bob 01e0…, 王老师 22f0…, alice 2d35…, carol de11…
        assertThat(SeededDraw.draw(List.of("alice", "bob", "carol", "王老师"), "s1"))
                .containsExactly("bob", "王老师", "alice", "carol");
    }

    @Test
    void theSameListInAnyOrderAndTheSameSeedGiveTheSameDraw() {
        assertThat(SeededDraw.draw(List.of("carol", "王老师", "bob", "alice"), "s1"))
                .isEqualTo(SeededDraw.draw(List.of("alice", "bob", "carol", "王老师"), "s1"));
        assertThat(SeededDraw.draw(List.of("alice", "bob", "carol", "王老师"), "s2"))
                .containsExactlyInAnyOrder("alice", "bob", "carol", "王老师");
    }

    @Test
    void aCandidateTwiceABlankOneOrNoSeedIsRefused() {
        assertThatThrownBy(() -> SeededDraw.draw(List.of("a", "a"), "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeededDraw.draw(List.of("a", " "), "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeededDraw.draw(List.of("a"), "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SeededDraw.newSeed()).matches("[0-9a-f]{16}");
    }
}
