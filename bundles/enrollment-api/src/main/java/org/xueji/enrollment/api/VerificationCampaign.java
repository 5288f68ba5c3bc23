package org.xueji.enrollment.api;

import java.time.Instant;
import java.time.LocalDate;

/** A district-wide 人籍一致 check for one semester (R18: at least two per semester). */
public record VerificationCampaign(long id, int schoolYear, int semester, String title, LocalDate dueDate,
                                   Instant openedAt, String openedBy) {
}
