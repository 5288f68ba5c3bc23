package org.xueji.upgradeprobe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.xueji.platform.api.AccessDeniedException;
import org.xueji.platform.api.Actor;
import org.xueji.platform.api.Role;
import org.xueji.platform.api.ValidationException;
import org.xueji.platform.testkit.ModuleTestStore;

/** Release 2.0.0 on its schema (in-memory Derby): the priority, and the default of notes written without one. */
class ProbeNotesImplTest {

    private static final Actor SHELL = Actor.system("shell:test");

    @Test
    void addsListsAndCountsNotesWithTheirPriority() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT, ProbeSchema.CHANGELOG, ProbeSchema.PREFIX)) {
            ProbeNotes notes = new ProbeNotesImpl(store.support());
            Note first = notes.add(SHELL, "hello", 0);
            Note second = notes.add(SHELL, " urgent ", 2);

            assertThat(notes.list(SHELL)).extracting(Note::line)
                    .containsExactly(first.id() + "|hello|0", second.id() + "|urgent|2");
            assertThat(notes.count(SHELL)).isEqualTo(2);
            assertThat(store.actions()).containsExactly(ProbeNotesImpl.ADD, ProbeNotesImpl.ADD);
            assertThatThrownBy(() -> notes.add(SHELL, "", 1)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aNoteWrittenWithoutThePriorityHasTheDatabaseDefault() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT, ProbeSchema.CHANGELOG, ProbeSchema.PREFIX)) {
            // what release 1.0.0 inserts (before the upgrade, or after a rollback)
            store.execute("INSERT INTO PROBE_NOTE (NOTE_TEXT) VALUES ('written by 1.0.0')");
            ProbeNotes notes = new ProbeNotesImpl(store.support());

            assertThat(notes.list(SHELL)).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo("written by 1.0.0");
                assertThat(n.priority()).isZero();
            });
        }
    }

    @Test
    void aUserWithoutSystemAdministrationReadsAndWritesNothingAndTheRefusalIsAudited() {
        try (ModuleTestStore store = ModuleTestStore.of(ProbeSchema.UNIT, ProbeSchema.CHANGELOG, ProbeSchema.PREFIX)) {
            ProbeNotes notes = new ProbeNotesImpl(store.support());
            notes.add(SHELL, "kept", 0);
            Actor auditor = Actor.of("auditor", "审计员", Role.AUDITOR, null, Set.of(), "test");

            assertThatThrownBy(() -> notes.list(auditor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.count(auditor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.add(auditor, "not kept", 0)).isInstanceOf(AccessDeniedException.class);
            assertThat(notes.count(SHELL)).isEqualTo(1);
            assertThat(store.actions()).containsExactly(ProbeNotesImpl.ADD, "access.denied", "access.denied", "access.denied");
        }
    }

    @Test
    void hasEveryTextInChineseAndEnglish() {
        for (ProbeText key : ProbeText.values()) {
            assertThat(key.format(Locale.SIMPLIFIED_CHINESE)).as("zh %s", key).isNotEqualTo(key.key());
            assertThat(key.format(Locale.ENGLISH)).as("en %s", key).isNotEqualTo(key.key());
        }
        assertThat(ProbeText.COL_PRIORITY.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("优先级");
        assertThat(ProbeText.COL_PRIORITY.format(Locale.ENGLISH)).isEqualTo("Priority");
    }
}
