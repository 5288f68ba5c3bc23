package org.xueji.dropout.api.inspection;

/** One finding; {@code ledgerPosted}: an incident was posted to the school's monthly ledger for it. */
public record InspectionFinding(long id, String text, boolean ledgerPosted) {
}
