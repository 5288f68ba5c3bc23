package org.xueji.ui.enrollment.registration;

import static org.xueji.ui.enrollment.registration.RegistrationSupport.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.platform.api.FieldError;

/**
 * Shows field errors next to their fields (found by element id, {@link RegistrationFieldIds});
 * errors of record fields without a field of their own go to one notification.
 */
final class FieldErrorDisplay {

    private final Map<String, Component> fields = new LinkedHashMap<>();

    /** Registers a field under its element id. */
    <C extends Component> C register(C field) {
        field.getId().ifPresent(id -> fields.put(id, field));
        return field;
    }

    void show(List<FieldError> errors, List<Integer> guardianSlots, Locale locale) {
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FieldError error : errors) {
            String message = error.message(locale);
            Component field = fields.get(RegistrationFieldIds.forField(error.field(), guardianSlots));
            if (field instanceof HasValidation v) {
                byField.computeIfAbsent(v, k -> new ArrayList<>()).add(message);
            } else {
                RegistrationUiText label = RegistrationFieldIds.labelOf(error.field());
                other.add(label == null ? message : t(RegistrationUiText.FIELD_ERROR, t(label), message));
            }
        }
        byField.forEach((field, messages) -> {
            field.setErrorMessage(String.join("；", messages));
            field.setInvalid(true);
        });
        if (!other.isEmpty()) {
            RegistrationSupport.showErrorText(String.join("；", other));
        } else if (!byField.isEmpty()) {
            RegistrationSupport.showErrorText(t(RegistrationUiText.FIX_ERRORS));
        }
        byField.keySet().stream().findFirst().ifPresent(f -> {
            if (f instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    void clear() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage("");
            }
        });
    }
}
