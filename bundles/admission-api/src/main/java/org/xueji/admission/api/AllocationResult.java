package org.xueji.admission.api;

import java.util.List;

/** What an allocation run did: admitted and not admitted counts and the draws it recorded. */
public record AllocationResult(long seasonId, int admitted, int notAdmitted, List<Draw> draws) {
}
