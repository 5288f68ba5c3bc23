package org.xueji.admission.service.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xueji.admission.api.AdmissionMessages;
import org.xueji.admission.api.Category;
import org.xueji.admission.api.DocumentRule;
import org.xueji.admission.api.SchoolPlan;
import org.xueji.admission.api.SeasonSetup;
import org.xueji.admission.api.ServiceArea;
import org.xueji.platform.api.FieldError;
import org.xueji.platform.api.ValidationException;

/** Checks of the district's set-up (R24): a wrong value is refused with its key, nothing stored. */
final class SetupRules {

    static final int MAX_TEXT = 100;
    static final int MAX_PLAIN_WORDS = 1000;

    private SetupRules() {
    }

    static void checkSetup(SeasonSetup s) {
        if (s.grade() != 1 && s.grade() != 7) {
            throw invalid("grade", AdmissionMessages.GRADE_INVALID);
        }
        if (s.windowOpens() == null || s.windowCloses() == null || s.cutOff() == null
                || s.plansPublishedOn() == null || s.resultsPublishedOn() == null
                || s.windowOpens().isAfter(s.windowCloses()) || s.plansPublishedOn().isAfter(s.windowOpens())
                || !s.resultsPublishedOn().isAfter(s.windowCloses()) || s.year() < 2000 || s.year() > 2100
                || s.minAge() < 3 || s.maxAge() < s.minAge() || s.maxAge() > 20 || s.minResidenceMonths() < 0) {
            throw invalid("dates", AdmissionMessages.SEASON_DATES_INVALID);
        }
        Set<Category> seen = new HashSet<>();
        for (List<Category> group : s.priority()) {
            if (group.isEmpty()) {
                throw invalid("priority", AdmissionMessages.PRIORITY_ORDER_INVALID);
            }
            for (Category c : group) {
                if (c == null || !seen.add(c)) {
                    throw invalid("priority", AdmissionMessages.PRIORITY_ORDER_INVALID);
                }
            }
        }
    }

    static void checkPlan(SchoolPlan p) {
        if (p.classes() <= 0 || p.classCap() <= 0 || p.classCap() > 100 || p.classes() > 100
                || p.reservedForTransfers() < 0 || p.reservedForTransfers() > p.classes() * p.classCap()) {
            throw invalid("plan", AdmissionMessages.PLAN_INVALID);
        }
    }

    static void checkArea(ServiceArea a) {
        if (a.street() == null || a.street().isBlank() || a.community() == null || a.community().isBlank()
                || a.schoolIds().isEmpty() || a.street().length() > MAX_TEXT || a.community().length() > MAX_TEXT
                || a.street().contains("\u001f") || a.community().contains("\u001f")) {
            throw invalid("area", AdmissionMessages.AREA_INVALID);
        }
    }

    static void checkRule(DocumentRule r) {
        if (r.category() == null) {
            throw invalid("category", AdmissionMessages.CATEGORY_REQUIRED);
        }
        for (String proof : r.proofs()) {
            if (proof == null || !proof.matches("[A-Z][A-Z0-9_]{0,39}")) {
                throw invalid("proofs", AdmissionMessages.PROOF_NOT_ACCEPTED, String.valueOf(proof));
            }
        }
        if (length(r.plainWordsZh()) > MAX_PLAIN_WORDS || length(r.plainWordsEn()) > MAX_PLAIN_WORDS) {
            throw invalid("plainWords", AdmissionMessages.TEXT_TOO_LONG, MAX_PLAIN_WORDS);
        }
    }

    static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", AdmissionMessages.REJECTION_REASON_REQUIRED);
        }
        String r = reason.strip();
        if (r.length() > 200 || r.chars().anyMatch(Character::isISOControl)) {
            throw invalid("reason", AdmissionMessages.TEXT_TOO_LONG, 200);
        }
        return r;
    }

    static ValidationException invalid(String field, AdmissionMessages key, Object... args) {
        return new ValidationException(List.of(new FieldError(field, key, args)));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
