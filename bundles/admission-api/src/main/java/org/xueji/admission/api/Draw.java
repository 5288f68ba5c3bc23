package org.xueji.admission.api;

import java.time.Instant;
import java.util.List;

/**
 * A recorded lottery (电脑派位) of one priority group of one school: the candidates' application
 * numbers (sorted, as {@link Lottery} takes them), the seed used, the seats drawn, and the
 * resulting order (the first {@code seats} are admitted).
 */
public record Draw(long id, long seasonId, long schoolId, int priorityRank, String seed, int seats,
                   List<String> candidates, List<String> order, Instant drawnAt, String drawnBy) {
}
