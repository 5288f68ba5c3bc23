package org.xueji.ledger.api;

import org.xueji.platform.api.MessageKey;

/**
 * Descriptions of automatically posted incidents: a key with arguments, localised by whoever
 * shows it (services build no sentences). Arguments are ids, numbers, dates and codes — never
 * names, ID numbers or other personal data. A module needing another text adds a key here
 * (with its Chinese and English text).
 */
public enum IncidentText implements MessageKey {
    /** {0} request id, {1} receiving school's code. */
    R11_SUBMITTED_WITHOUT_CONDITIONS,
    /** {0} what was wrong (a short code or field name). */
    R13_REGISTRY_ERROR,
    /** {0} class id, {1} students, {2} the cap. */
    R16_CLASS_OVER_CAP,
    /** {0} grade, {1} largest class, {2} smallest class. */
    R16_CLASSES_UNBALANCED,
    /** {0} request type, {1} request id, {2} step, {3} deadline. */
    R17_STEP_LAPSED,
    /** {0} the module's own event code. */
    MODULE_EVENT,
    /**
     * R18 after the 中考 (issue 15): {0} the case ({@code NO_RECORD} or {@code NOT_CONFIRMED}),
     * {1} the 中考 date, {2} the principals' accounts, {3} the registrars' accounts.
     */
    R18_GRADE9_AFTER_ZHONGKAO;

    @Override
    public String key() {
        return "text." + name();
    }
}
