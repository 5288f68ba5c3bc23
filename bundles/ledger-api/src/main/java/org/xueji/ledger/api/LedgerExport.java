package org.xueji.ledger.api;

import java.util.List;

/**
 * The entries of an authorised ledger export (R4): the file written from them must end with
 * {@link #watermark()}, the approved data release's footer.
 */
public record LedgerExport(List<Incident> incidents, long releaseId, String watermark) {
    public LedgerExport {
        incidents = List.copyOf(incidents);
    }
}
