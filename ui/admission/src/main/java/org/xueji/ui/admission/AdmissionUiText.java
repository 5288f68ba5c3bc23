package org.xueji.ui.admission;

import java.util.Locale;
import org.xueji.platform.api.MessageKey;
import org.xueji.ui.shell.api.UiContext;

/** Every text of the admission views; Chinese in {@code messages.properties}, English in {@code messages_en.properties}. */
public enum AdmissionUiText implements MessageKey {
    GROUP, APPLICATIONS_TITLE, DISTRICT_TITLE, PUBLIC_TITLE, SEASON, NO_SEASON, COL_NUMBER, COL_NAME, COL_CATEGORY,
    COL_STATUS, COL_REASON, COL_SCHOOL, ACCEPT, REJECT, REASON, NEW_APPLICATION, CHILD_NAME, ID_NUMBER, CATEGORY,
    GUARDIAN, PHONE, STREET, COMMUNITY, HOUSEHOLD_TYPE, PERMIT_NUMBER, PERMIT_ISSUER, PERMIT_FROM, PERMIT_UNTIL,
    RESIDENT_SINCE, PROOFS, SUBMIT, SAVED, YEAR, GRADE, WINDOW_OPENS, WINDOW_CLOSES, CREATE_SEASON, CLASSES,
    CLASS_CAP, RESERVED, SAVE_PLAN, SCHOOLS, SAVE_AREA, SEED, PUBLISH_SEED, ALLOCATE, ALLOCATED, DRAWS, VERIFY,
    VERIFY_OK, VERIFY_BAD, STATISTICS, APPLIED, ADMITTED, MIGRANT_ADMITTED, SEATS, PLANS, AREAS, LOOKUP,
    LOOKUP_NOTHING, YOUR_APPLICATION, RESULTS, PLAIN_WORDS, APPLY_TITLE, NUMBER_GIVEN, PLACE, PLACE_SCHOOL,
    HOUSEHOLD_AGRICULTURAL, HOUSEHOLD_NON_AGRICULTURAL,
    // proofs (issue 12, item 2)
    EVIDENCE, EVIDENCE_FOR, EVIDENCE_UPLOADED, EVIDENCE_NONE, EVIDENCE_OPEN, PROOF_RESIDENCE_PERMIT,
    EVIDENCE_AFTER_SUBMIT,
    // per-school results (issue 12, item 1)
    SCHOOL_RESULTS, SEARCH_SCHOOL, SEATS_LEFT, LOTTERY, LOTTERY_NONE, PLACED, NOT_ADMITTED_COUNT,
    // the district's document rules and the proofs' names (issue 12, item 2)
    DOCUMENT_RULES, RULE_PROOFS, RULE_PLAIN_ZH, RULE_PLAIN_EN, SAVE_RULE, PROOFS_NONE, PROOF_HOUSEHOLD_BOOK,
    PROOF_PROPERTY_DEED, PROOF_SOCIAL_INSURANCE, PROOF_EMPLOYMENT, PROOF_BIRTH_CERTIFICATE, PROOF_LEASE, TOTAL;

    @Override
    public String key() {
        return name();
    }

    static String t(AdmissionUiText key, Object... args) {
        return key.format(UiContext.locale(), args);
    }

    static String t(Locale locale, MessageKey key) {
        return key.format(locale);
    }
}
