package org.xueji.dropout.api.inspection;

import java.time.LocalDate;
import java.util.List;

/** What the district records: findings (one text each) need a correction deadline. */
public record NewInspection(long schoolId, InspectionKind kind, LocalDate inspectedOn, String inspectors,
                            List<String> findings, LocalDate correctBy, String note) {
}
