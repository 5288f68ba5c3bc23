package org.xueji.ledger.api;

import org.xueji.platform.api.MessageKey;

/** What was done about an incident (R13: written self-review, district-wide notice). */
public enum FollowUpKind implements MessageKey {
    /** A written self-review (书面检查), a PDF stored with the follow-up. */
    SELF_REVIEW,
    /** A district-wide notice (全区通报), by its reference number; district only. */
    DISTRICT_NOTICE,
    /** Any other measure, described in the note. */
    NOTE;

    @Override
    public String key() {
        return "followUp." + name();
    }
}
