package org.xueji.specialneeds.api;

import org.xueji.platform.api.MessageKey;

/**
 * Why a register entry is removed ({@link SpecialNeedsService#removeChild}); a code, so that the
 * audit row can say why without free text (which might name the child). Labels {@code removal.<NAME>}.
 */
public enum RemovalReason implements MessageKey {
    /** The child was registered twice. */
    DUPLICATE,
    /** Entered by mistake (wrong child, a test entry). */
    ENTERED_BY_MISTAKE,
    /** The child turned out not to need special education (no disability). */
    NOT_ELIGIBLE;

    @Override
    public String key() {
        return "removal." + name();
    }
}
