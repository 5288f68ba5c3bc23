package org.xueji.dropout.api;

/**
 * The outcome an entry is to be closed with (动态销号), to be approved by the district.
 *
 * @param classId          {@link ClosingOutcome#BACK_AT_SCHOOL}: the class the child is back in
 * @param receivingSchool  {@link ClosingOutcome#TRANSFERRED}: the receiving school
 * @param newPlace         {@link ClosingOutcome#MOVED_AWAY}: where the child lives now
 * @param confirmed        TRANSFERRED: the receiving school confirmed; MOVED_AWAY: the new place confirmed
 * @param note             free note (required for DECEASED and HOME_TEACHING: the document or plan)
 */
public record Closing(ClosingOutcome outcome, Long classId, String receivingSchool, String newPlace,
                      boolean confirmed, String note) {
}
