package org.xueji.enrollment.api;

import java.time.LocalDate;

public record NewVerificationCampaign(int schoolYear, int semester, String title, LocalDate dueDate) {
}
