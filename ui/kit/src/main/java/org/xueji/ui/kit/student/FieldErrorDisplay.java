package org.xueji.ui.kit.student;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.FieldError;
import org.xueji.ui.shell.kit.Notify;

/**
 * Shows {@link FieldError}s next to their fields (found by element id through
 * {@link StudentFieldIds}); errors of record fields without a field of their own go to one
 * notification. The first field in error gets the focus.
 */
public final class FieldErrorDisplay implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StudentFieldIds ids;
    private final String fixErrorsText;
    private final Map<String, Component> fields = new LinkedHashMap<>();

    /**
     * @param fixErrorsText shown as a notification when every error is on a field (e.g.
     *                      "please correct the marked fields"); {@code null}: none
     */
    public FieldErrorDisplay(StudentFieldIds ids, String fixErrorsText) {
        this.ids = ids;
        this.fixErrorsText = fixErrorsText;
    }

    public StudentFieldIds ids() {
        return ids;
    }

    /** Registers a field under its element id. */
    public <C extends Component> C register(C field) {
        field.getId().ifPresent(id -> fields.put(id, field));
        return field;
    }

    /** The registered fields, in registration order. */
    public Collection<Component> fields() {
        return Collections.unmodifiableCollection(fields.values());
    }

    public void show(List<FieldError> errors, List<Integer> guardianSlots, Locale locale) {
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FieldError error : errors) {
            String message = error.message(locale);
            Component field = fields.get(ids.forField(error.field(), guardianSlots));
            if (field instanceof HasValidation v) {
                byField.computeIfAbsent(v, k -> new ArrayList<>()).add(message);
            } else {
                StudentFormText label = StudentFieldIds.labelOf(error.field());
                other.add(label == null ? message
                        : StudentFormText.FIELD_ERROR.format(locale, label.format(locale), message));
            }
        }
        byField.forEach((field, messages) -> {
            field.setErrorMessage(String.join("；", messages));
            field.setInvalid(true);
        });
        if (!other.isEmpty()) {
            Notify.errorText(String.join("；", other));
        } else if (!byField.isEmpty() && fixErrorsText != null) {
            Notify.errorText(fixErrorsText);
        }
        byField.keySet().stream().findFirst().ifPresent(f -> {
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    public void clear() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage("");
            }
        });
    }

    /** Makes every registered field read-only or editable. */
    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> {
            if (f instanceof HasValue<?, ?> v) {
                v.setReadOnly(readOnly);
            }
        });
    }
}
