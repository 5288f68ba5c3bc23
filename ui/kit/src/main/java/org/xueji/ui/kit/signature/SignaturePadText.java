package org.xueji.ui.kit.signature;

import org.xueji.platform.api.MessageKey;

/** Texts of the signature pad; {@code messages.properties} (Chinese) and {@code messages_en.properties} beside this class. */
public enum SignaturePadText implements MessageKey {
    CLEAR;

    @Override
    public String key() {
        return name();
    }
}
