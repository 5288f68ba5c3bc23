package org.xueji.transfer.api;

import org.xueji.platform.api.MessageKey;

/** What an uploaded piece of evidence shows (R9, R11). */
public enum EvidenceCategory implements MessageKey {
    /** 户口 in the receiving school's service area (R9a). */
    HOUSEHOLD,
    /** 房产 in the receiving school's service area (R9a). */
    PROPERTY,
    /** The sending school's 学籍登记表 with its seal (R9b). */
    REGISTRATION_FORM,
    /** Evidence of meeting the admission conditions (R11). */
    ADMISSION_CONDITIONS,
    /** e.g. a household register page for a correction, a medical certificate for a suspension. */
    OTHER;

    @Override
    public String key() {
        return "evidence." + name();
    }
}
