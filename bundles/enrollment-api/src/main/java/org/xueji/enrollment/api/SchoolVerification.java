package org.xueji.enrollment.api;

import java.time.Instant;
import java.util.Set;

/**
 * One school's part of a campaign.
 *
 * @param rosterSize          students counted at school (uploaded or ticked)
 * @param recordCount         records of the school when last compared
 * @param discrepancies       all findings of the last comparison
 * @param unresolved          findings without a resolution; the school can close at 0
 * @param grade9WithoutRecord grade-9 students at school without a valid record, unresolved (中考 risk, R18)
 * @param tickedClassIds      classes whose presence has been ticked (ticked-presence mode)
 * @param untickedClasses     ticked-presence mode: classes with students still to tick; the check
 *                            closes at 0
 */
public record SchoolVerification(long id, long campaignId, long schoolId, String schoolName, Status status,
                                 int rosterSize, int recordCount, int discrepancies, int unresolved,
                                 int grade9WithoutRecord, Instant comparedAt, Instant closedAt, String closedBy,
                                 Set<Long> tickedClassIds, int untickedClasses) {

    public SchoolVerification {
        tickedClassIds = tickedClassIds == null ? Set.of() : Set.copyOf(tickedClassIds);
    }

    public enum Status {
        NOT_STARTED("未开始"), IN_PROGRESS("核查中"), CLOSED("已完成");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
