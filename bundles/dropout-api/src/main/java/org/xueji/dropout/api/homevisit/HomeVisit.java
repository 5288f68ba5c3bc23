package org.xueji.dropout.api.homevisit;

import java.time.LocalDate;

/** A recorded contact with a student's family. */
public record HomeVisit(long id, long studentId, long schoolId, Long classId, ContactKind kind, LocalDate date,
                        String visitors, String content, String outcome, String recordedBy) {
}
