package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.audit.AuditAction;
import org.xueji.platform.api.audit.AuditActionLabels;

/** Issue 8 / R7: the audit view labels the actions modules contribute; unknown ones stay raw. */
class AuditActionNamesTest {

    /** A module's actions, labelled with texts of this bundle (AdminUiText's properties). */
    enum TestActions implements AuditAction {
        SAVE("thing.save", AdminUiText.SAVE);

        private final String action;
        private final AdminUiText label;

        TestActions(String action, AdminUiText label) {
            this.action = action;
            this.label = label;
        }

        @Override
        public String action() {
            return action;
        }

        @Override
        public String key() {
            return label.key();
        }

        @Override
        public String bundleBaseName() {
            return label.bundleBaseName();
        }
    }

    private final AuditActionNames names = AuditActionNames.of(List.of(
            (AuditActionLabels) () -> List.of(TestActions.SAVE)));

    @Test
    @DisplayName("R7: a contributed action shows its label in the user's language, with the raw name in the filter")
    void contributedActionIsLabelled() {
        String zh = AdminUiText.SAVE.format(Locale.SIMPLIFIED_CHINESE);
        String en = AdminUiText.SAVE.format(Locale.ENGLISH);

        assertThat(names.actions()).containsExactly("thing.save");
        assertThat(names.label("thing.save", Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh);
        assertThat(names.label("thing.save", Locale.ENGLISH)).isEqualTo(en);
        assertThat(names.describe("thing.save", Locale.SIMPLIFIED_CHINESE)).isEqualTo(zh + "（thing.save）");
        assertThat(names.describe("thing.save", Locale.ENGLISH)).isEqualTo(en + " (thing.save)");
    }

    @Test
    @DisplayName("R7: an action no running module names is shown by its raw name")
    void unknownActionStaysRaw() {
        assertThat(names.label("other.thing", Locale.ENGLISH)).isEqualTo("other.thing");
        assertThat(names.describe("other.thing", Locale.SIMPLIFIED_CHINESE)).isEqualTo("other.thing");
        assertThat(names.label(null, Locale.ENGLISH)).isEmpty();
    }
}
