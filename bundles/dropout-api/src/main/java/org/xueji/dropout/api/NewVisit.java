package org.xueji.dropout.api;

import java.time.LocalDate;

/**
 * A 劝返 (persuasion) visit.
 *
 * @param visitedOn    not in the future
 * @param visitors     who went
 * @param met          whom they met
 * @param outcome      what came of it
 * @param nextStep     what happens next
 * @param evidenceName file name of the photo or signed note, may be null with {@code evidence}
 * @param evidence     the photo (PNG/JPEG) or signed note (PDF, photo), judged on the server; may be null
 */
public record NewVisit(LocalDate visitedOn, String visitors, String met, String outcome, String nextStep,
                       String evidenceName, byte[] evidence) {
}
