package org.xueji.ui.admin;

import java.time.ZoneId;
import java.util.Locale;
import org.xueji.platform.api.release.DataRelease;
import org.xueji.platform.api.release.DataReleaseStatus;

/** Texts for data-release requests (R4). */
public final class ReleaseLabels {

    /** The status in the user's language. */
    public static String status(DataReleaseStatus status, Locale locale) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PENDING -> AdminUiText.RELEASE_STATUS_PENDING.format(locale);
            case APPROVED -> AdminUiText.RELEASE_STATUS_APPROVED.format(locale);
            case REJECTED -> AdminUiText.RELEASE_STATUS_REJECTED.format(locale);
            case EXPIRED -> AdminUiText.RELEASE_STATUS_EXPIRED.format(locale);
            case USED_UP -> AdminUiText.RELEASE_STATUS_USED_UP.format(locale);
        };
    }

    /** {@code #12 岳教函〔2026〕12号 · 年度统计 · 剩余 1 次 · 有效至 2026-03-22 18:00}. */
    public static String usable(DataRelease r, ZoneId zone, Locale locale) {
        int left = Math.max(0, r.maxDownloads() - r.downloads());
        return AdminUiText.RELEASE_OPTION.format(locale, String.valueOf(r.id()), nz(r.approvalDocumentNumber()),
                shorten(nz(r.purpose()), 30), left, AdminFormat.minutes(r.validUntil(), zone));
    }

    /** {@code 0/1}. */
    public static String downloads(DataRelease r) {
        return r.downloads() + "/" + r.maxDownloads();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ReleaseLabels() {
    }
}
