package org.xueji.dropout.api.inspection;

/** One school's semester: law sessions and their participants, parent letters sent and signed. */
public record AwarenessSummary(long schoolId, int sessions, int participants, int letters, int lettersSent,
                               int lettersSigned) {
}
