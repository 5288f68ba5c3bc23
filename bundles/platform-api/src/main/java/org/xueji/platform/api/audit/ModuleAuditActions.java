package org.xueji.platform.api.audit;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@link AuditActionLabels} of a module: the labels are the keys {@code audit.<action>} of the
 * {@code messages.properties} (Chinese) and {@code messages_en.properties} beside the subclass.
 *
 * <pre>{@code
 * @Component(service = AuditActionLabels.class)
 * public class EnrollmentAuditActions extends ModuleAuditActions {
 *     public EnrollmentAuditActions() {
 *         super("enrollment.register", "enrollment.import", "verification.open");
 *     }
 * }
 * // messages.properties:    audit.enrollment.register=新生注册
 * // messages_en.properties: audit.enrollment.register=New student registered
 * }</pre>
 */
public abstract class ModuleAuditActions implements AuditActionLabels {

    private final List<String> actions;

    protected ModuleAuditActions(String... actions) {
        this.actions = List.of(actions);
    }

    @Override
    public List<String> actions() {
        return actions;
    }

    @Override
    public String label(String action, Locale locale) {
        if (!actions.contains(action)) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(getClass().getPackageName() + ".messages",
                    locale == null ? Locale.SIMPLIFIED_CHINESE : locale, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString("audit." + action);
        } catch (MissingResourceException e) {
            return action;
        }
    }
}
