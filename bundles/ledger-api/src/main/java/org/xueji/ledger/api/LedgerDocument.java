package org.xueji.ledger.api;

/** A stored written self-review (PDF). */
public record LedgerDocument(String name, byte[] content) {
}
