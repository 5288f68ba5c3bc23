package org.xueji.platform.api.audit;

/**
 * Result of checking the hash chain (R7).
 *
 * @param firstBrokenId the first row whose hash or link is wrong, or {@code null} if intact
 * @param reason        why it is broken (edited, deleted before it, inserted), in Chinese
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, String reason) {
    public boolean intact() {
        return firstBrokenId == null;
    }
}
