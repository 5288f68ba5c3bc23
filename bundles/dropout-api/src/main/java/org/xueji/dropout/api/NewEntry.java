package org.xueji.dropout.api;

import java.time.LocalDate;
import org.xueji.registry.api.followup.AtRiskSource;

/**
 * A suspected-dropout entry entered by a person (a report, or a survey finding).
 *
 * @param schoolId  the school answering for the child (for a registry record: the record's school)
 * @param household the household (户主 or address) — shown only to those in scope
 * @param town      乡镇/街道 of the household
 * @param village   村/社区, may be null
 */
public record NewEntry(ChildData child, Long schoolId, String household, String town, String village,
                       ReasonCategory reason, AtRiskSource source, LocalDate foundOn, String note) {
}
