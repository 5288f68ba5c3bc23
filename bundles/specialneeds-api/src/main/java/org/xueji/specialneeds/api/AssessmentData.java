package org.xueji.specialneeds.api;

import java.time.LocalDate;
import org.xueji.registry.api.followup.Placement;

/**
 * An assessment committee's session (R25, R26).
 *
 * @param sessionDate  the session's day, not in the future
 * @param members      the committee's members (names and roles, free text)
 * @param physiology   physical condition
 * @param psychology   psychological condition
 * @param ability      ability to attend school
 * @param conclusion   随班就读 / special school / 送教上门 / 缓学
 * @param reason       required for a deferral
 * @param reviewDate   required for a deferral: when the child is assessed again
 */
public record AssessmentData(LocalDate sessionDate, String members, String physiology, String psychology,
                             String ability, Placement conclusion, String reason, LocalDate reviewDate) {
}
