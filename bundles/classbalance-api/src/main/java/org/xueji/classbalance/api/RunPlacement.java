package org.xueji.classbalance.api;

/** One student of a run's result, for the review table (school staff in scope only). */
public record RunPlacement(long studentId, String name, boolean male, Double total, int classNumber) {
}
