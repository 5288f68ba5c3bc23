package org.xueji.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.xueji.platform.api.audit.AuditActionLabels;

/**
 * The audit actions the running modules name (AuditActionLabels whiteboard, R7), with their
 * labels in the user's language; an action no module names is shown by its raw name.
 */
final class AuditActionNames {

    private final Map<String, AuditActionLabels> byAction;

    private AuditActionNames(Map<String, AuditActionLabels> byAction) {
        this.byAction = byAction;
    }

    /** The first module naming an action wins (a module names only its own). */
    static AuditActionNames of(List<AuditActionLabels> contributions) {
        Map<String, AuditActionLabels> byAction = new TreeMap<>();
        for (AuditActionLabels labels : contributions) {
            labels.actions().forEach(action -> byAction.putIfAbsent(action, labels));
        }
        return new AuditActionNames(byAction);
    }

    /** The named actions, sorted. */
    List<String> actions() {
        return List.copyOf(byAction.keySet());
    }

    /** The label, or the raw name when no running module names the action. */
    String label(String action, Locale locale) {
        String label = known(action, locale);
        return label == null ? (action == null ? "" : action) : label;
    }

    /** "查看学生（student.view）" for the filter's items; the raw name alone when unknown. */
    String describe(String action, Locale locale) {
        String label = known(action, locale);
        return label == null ? label(action, locale) : AdminUiText.AUDIT_ACTION_ITEM.format(locale, label, action);
    }

    private String known(String action, Locale locale) {
        AuditActionLabels labels = action == null ? null : byAction.get(action);
        return labels == null ? null : labels.label(action, locale);
    }
}
