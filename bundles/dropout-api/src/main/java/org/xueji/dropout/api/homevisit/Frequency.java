package org.xueji.dropout.api.homevisit;

/**
 * At least {@code contacts} contacts within every {@code days} days (a rolling window ending
 * today); {@code contacts} 0 means no minimum for the group.
 */
public record Frequency(int contacts, int days) {
}
