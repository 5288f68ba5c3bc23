package org.xueji.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;

class ReleaseLabelsTest {

    private static final DataRelease RELEASE = new DataRelease(12, "district-admin", "年度统计", "市教育局", "七年级名单",
            null, "岳教函〔2026〕12号", true, DataReleaseStatus.APPROVED, "district-leader", null, null, null,
            Instant.parse("2026-03-22T10:00:00Z"), 3, 1);

    @Test
    void optionNamesRequestDocumentPurposeDownloadsLeftAndExpiry() {
        assertThat(ReleaseLabels.usable(RELEASE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("#12 岳教函〔2026〕12号 · 年度统计 · 剩余 2 次 · 有效至 2026-03-22 18:00");
    }

    @Test
    void statusInTheUsersLanguage() {
        for (DataReleaseStatus s : DataReleaseStatus.values()) {
            assertThat(ReleaseLabels.status(s, Locale.SIMPLIFIED_CHINESE)).isEqualTo(s.label());
            assertThat(ReleaseLabels.status(s, Locale.ENGLISH)).isNotEqualTo(s.label()).isNotBlank();
        }
        assertThat(ReleaseLabels.status(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void downloadsAndShortening() {
        assertThat(ReleaseLabels.downloads(RELEASE)).isEqualTo("1/3");
        assertThat(ReleaseLabels.shorten("一二三四五", 5)).isEqualTo("一二三四五");
        assertThat(ReleaseLabels.shorten("一二三四五六", 5)).isEqualTo("一二三四…");
    }
}
