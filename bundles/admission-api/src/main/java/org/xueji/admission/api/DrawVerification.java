package org.xueji.admission.api;

import java.util.List;

/** {@code xueji:lottery-verify}: the recorded order against the order recomputed from the list and the seed. */
public record DrawVerification(long drawId, boolean matches, List<String> recorded, List<String> recomputed) {
}
