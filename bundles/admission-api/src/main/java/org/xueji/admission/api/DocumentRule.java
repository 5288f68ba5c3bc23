package org.xueji.admission.api;

import java.util.List;

/**
 * The short list of proofs a category asks for (besides the residence permit for 随迁子女), and
 * the plain words shown to the family, in Chinese and English.
 */
public record DocumentRule(Category category, List<String> proofs, String plainWordsZh, String plainWordsEn) {
    public DocumentRule {
        proofs = proofs == null ? List.of() : List.copyOf(proofs);
    }
}
