package org.xueji.dropout.api.crosscheck;

import java.time.Instant;

/**
 * One child a comparison found. {@code idNumber} is masked; {@code studentId} is set when the
 * child holds a registry record; {@code entryId} when the child has (or got) a ledger entry;
 * {@code inHouseholdRegister} for NOT_PRESENT: the child is on a town's household register (lives
 * in the district); {@code jointFollowUp}: a dropout of a poverty household, to be followed with
 * the aid office; {@code listNote} the aid item or poverty category from the list.
 */
public record CrossCheckFinding(long id, long runId, CheckKind kind, String name, String idNumber, Long studentId,
                                Long schoolId, String town, String village, Long entryId,
                                boolean inHouseholdRegister, boolean jointFollowUp, String listNote,
                                FindingStatus status, String resolution, String resolvedBy, Instant resolvedAt) {
}
