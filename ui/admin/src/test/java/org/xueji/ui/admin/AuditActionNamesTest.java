package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditActionLabels;

/** Issue 8 / R7: the audit view labels the actions modules contribute; unknown ones stay raw. */
class AuditActionNamesTest {

    /** A module naming one action, with hand-written labels. */
    private static final AuditActionLabels MODULE = new AuditActionLabels() {
        @Override
        public List<String> actions() {
            return List.of("thing.save");
        }

        @Override
        public String label(String action, Locale locale) {
            return "thing.save".equals(action) ? (Locale.ENGLISH.equals(locale) ? "Thing saved" : "保存东西") : null;
        }
    };

    private final AuditActionNames names = AuditActionNames.of(List.of(MODULE));

    @Test
    @DisplayName("R7: a contributed action shows its label in the user's language, with the raw name in the filter")
    void contributedActionIsLabelled() {
        assertThat(names.actions()).containsExactly("thing.save");
        assertThat(names.label("thing.save", Locale.SIMPLIFIED_CHINESE)).isEqualTo("保存东西");
        assertThat(names.label("thing.save", Locale.ENGLISH)).isEqualTo("Thing saved");
        assertThat(names.describe("thing.save", Locale.SIMPLIFIED_CHINESE)).isEqualTo("保存东西（thing.save）");
        assertThat(names.describe("thing.save", Locale.ENGLISH)).isEqualTo("Thing saved (thing.save)");
    }

    @Test
    @DisplayName("R7: an action no running module names is shown by its raw name")
    void unknownActionStaysRaw() {
        assertThat(names.label("other.thing", Locale.ENGLISH)).isEqualTo("other.thing");
        assertThat(names.describe("other.thing", Locale.SIMPLIFIED_CHINESE)).isEqualTo("other.thing");
        assertThat(names.label(null, Locale.ENGLISH)).isEmpty();
    }
}
