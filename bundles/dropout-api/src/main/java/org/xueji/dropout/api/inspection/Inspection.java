package org.xueji.dropout.api.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An inspection of a school (R30); {@code overdue}: findings not reported corrected by the deadline. */
public record Inspection(long id, long schoolId, InspectionKind kind, LocalDate inspectedOn, String inspectors,
                         List<InspectionFinding> findings, LocalDate correctBy, String note, InspectionStatus status,
                         String correctionNote, String correctedBy, Instant correctedAt,
                         List<InspectionEvidence> evidence, String closedBy, LocalDate closedOn, String closeNote,
                         String recordedBy, boolean overdue) {
}
