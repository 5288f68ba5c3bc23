package org.xueji.ui.shell.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;

/** R4: an export picks an approved release, shown with its document and the downloads left. */
class DataReleasePickerTest {

    private static DataRelease release(long id, int max, int used) {
        return new DataRelease(id, "district-admin", "中考报名", "市招生办", "全区七年级", null, "岳教函〔2026〕12号",
                false, DataReleaseStatus.APPROVED, "director", Instant.parse("2026-09-01T00:00:00Z"), null,
                Instant.parse("2026-08-30T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"), max, used);
    }

    @Test
    @DisplayName("R4: the label names the request, its document, purpose and the downloads left")
    void label() {
        assertThat(DataReleasePicker.label(release(7, 3, 1), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("#7 岳教函〔2026〕12号（中考报名，剩余 2 次）");
        assertThat(DataReleasePicker.label(release(1234, 3, 1), Locale.ENGLISH))
                .isEqualTo("#1234 岳教函〔2026〕12号 (中考报名, 2 downloads left)");
    }

    @Test
    @DisplayName("R4: a used-up release shows 0 left, never a negative count")
    void usedUp() {
        assertThat(DataReleasePicker.label(release(7, 1, 2), Locale.SIMPLIFIED_CHINESE)).contains("剩余 0 次");
    }

    @Test
    @DisplayName("R4: the scope of a release is shown in words: grades and field groups; none for an old release")
    void r4_scopeText() {
        DataRelease r = release(7, 1, 0);
        DataRelease scoped = new DataRelease(r.id(), r.requester(), r.purpose(), r.recipient(), r.dataScope(),
                r.schoolId(), r.approvalDocumentNumber(), false, r.status(), r.decidedBy(), r.decidedAt(), null,
                r.requestedAt(), r.validUntil(), 1, 0, org.xueji.platform.api.release.ReleaseScope.of(
                        java.util.Set.of(8, 7), java.util.EnumSet.of(org.xueji.platform.api.release.ReleaseField.GUARDIANS,
                                org.xueji.platform.api.release.ReleaseField.BASIC)));
        assertThat(DataReleasePicker.scopeText(scoped, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("7,8 年级；基本（姓名、性别、学校、班级）、监护人");
        assertThat(DataReleasePicker.scopeText(scoped, Locale.ENGLISH))
                .isEqualTo("grades 7,8; Basic (name, sex, school, class)、Guardians");
        assertThat(DataReleasePicker.scopeText(r, Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    @DisplayName("R4: the picker never spends the first of several releases by itself: only the one usable, or the one picked before")
    void r4_noReleaseIsPickedForTheUserAmongSeveral() {
        DataRelease a = release(7, 3, 0);
        DataRelease b = release(8, 3, 0);
        assertThat(DataReleasePicker.choice(java.util.List.of(a, b), null)).as("several, none picked").isNull();
        assertThat(DataReleasePicker.choice(java.util.List.of(a), null)).as("the only one").isSameAs(a);
        assertThat(DataReleasePicker.choice(java.util.List.of(), null)).as("none usable").isNull();
        // after an export the list is read again: the pick stays while it is usable
        DataRelease bAgain = release(8, 3, 1);
        assertThat(DataReleasePicker.choice(java.util.List.of(a, bAgain), 8L)).isSameAs(bAgain);
        assertThat(DataReleasePicker.choice(java.util.List.of(a, release(9, 1, 0)), 8L))
                .as("the pick used up, several left").isNull();
        assertThat(DataReleasePicker.choice(java.util.List.of(a), 8L)).as("the pick used up, one left").isSameAs(a);
    }

    @Test
    @DisplayName("R4: the request to choose has a Chinese and an English text")
    void r4_chooseText() {
        assertThat(KitText.RELEASE_CHOOSE.format(Locale.SIMPLIFIED_CHINESE)).contains("请选择");
        assertThat(KitText.RELEASE_CHOOSE.format(Locale.ENGLISH)).startsWith("Choose");
    }
}
