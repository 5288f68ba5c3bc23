package org.xueji.upgradeprobe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.ModuleTestStore;

/** Release 1.0.0 on its own schema (in-memory Derby) and on the schema of release 2.0.0 (a rollback). */
class ProbeNotesImplTest {

    private static final Actor SHELL = Actor.system("shell:test");

    @Test
    void addsListsAndCountsNotesByIdWithAnAuditRowEach() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT, ProbeSchema.CHANGELOG, ProbeSchema.PREFIX)) {
            ProbeNotes notes = new ProbeNotesImpl(store.support());
            Note first = notes.add(SHELL, "  hello  ");
            Note second = notes.add(SHELL, "你好 world");

            assertThat(second.id()).isGreaterThan(first.id());
            assertThat(notes.list(SHELL)).extracting(Note::line)
                    .containsExactly(first.id() + "|hello", second.id() + "|你好 world");
            assertThat(notes.count(SHELL)).isEqualTo(2);
            assertThat(store.actions()).containsExactly(ProbeNotesImpl.ADD, ProbeNotesImpl.ADD);
        }
    }

    @Test
    void refusesAnEmptyOrTooLongText() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT, ProbeSchema.CHANGELOG, ProbeSchema.PREFIX)) {
            ProbeNotes notes = new ProbeNotesImpl(store.support());
            assertThatThrownBy(() -> notes.add(SHELL, " ")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> notes.add(SHELL, "x".repeat(ProbeNotes.MAX_TEXT + 1)))
                    .isInstanceOf(ValidationException.class);
            assertThat(notes.add(SHELL, "x".repeat(ProbeNotes.MAX_TEXT)).text()).hasSize(ProbeNotes.MAX_TEXT);
            assertThat(store.actions()).containsExactly(ProbeNotesImpl.ADD);
        }
    }

    @Test
    void stillWritesOnTheTableOfRelease2() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT,
                "org/xueji/upgradeprobe/db/with-release-2.xml", ProbeSchema.PREFIX)) {
            ProbeNotes notes = new ProbeNotesImpl(store.support());
            Note note = notes.add(SHELL, "after rollback");

            assertThat(notes.list(SHELL)).containsExactly(note);
            assertThat(store.count("SELECT COUNT(*) FROM PROBE_NOTE WHERE PRIORITY = 0")).isEqualTo(1);
        }
    }

    @Test
    void hasEveryTextInChineseAndEnglish() {
        for (ProbeText key : ProbeText.values()) {
            assertThat(key.format(Locale.SIMPLIFIED_CHINESE)).as("zh %s", key).isNotEqualTo(key.key());
            assertThat(key.format(Locale.ENGLISH)).as("en %s", key).isNotEqualTo(key.key());
        }
        assertThat(ProbeText.GROUP.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("系统维护");
        assertThat(ProbeText.TITLE.format(Locale.ENGLISH)).isEqualTo("Upgrade probe");
        assertThat(new ProbeAuditActions().label(ProbeNotesImpl.ADD, Locale.ENGLISH)).isEqualTo("Upgrade probe note");
    }
}
