package org.xueji.classbalance.api;

/** A line of the anonymised publication list (阳光分班公示): the class and the masked name. */
public record PublishedPlacement(int classNumber, String maskedName) {
}
