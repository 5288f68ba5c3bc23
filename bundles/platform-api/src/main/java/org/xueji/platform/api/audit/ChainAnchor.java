package org.xueji.platform.api.audit;

import java.time.Instant;

/**
 * A signed export of the audit chain's head written outside the database (R7).
 *
 * @param lastId   the chain's last row at export
 * @param lastHash that row's hash
 * @param fileName the anchor file in the anchor folder
 */
public record ChainAnchor(long lastId, String lastHash, Instant time, String fileName) {
}
