package se.fou.oj.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.List;

/**
 * A form's required fields, marked on the fields themselves: each shows the required indicator, and one left empty
 * is marked invalid with its own message ("Titel måste fyllas i.") when the form is sent, not only in one red line
 * under the form. The service still checks everything; this only says it where the person is looking.
 */
public final class RequiredFields {

    private final List<Component> fields;

    public RequiredFields(Component... fields) {
        this.fields = List.of(fields);
        for (Component field : fields) {
            HasValue<?, ?> value = (HasValue<?, ?>) field;
            value.setRequiredIndicatorVisible(true);
            if (field instanceof DateTimePicker) {
                // Vaadin 24.9's date-time picker puts aria-required on its role="group" host, where ARIA does not allow
                // it (axe: critical). Its own date and time fields carry the requirement to a screen reader; the host's
                // copy goes, on every attach.
                field.addAttachListener(e -> field.getElement().executeJs(
                        "setTimeout(() => this.removeAttribute('aria-required'))"));
            }
            value.addValueChangeListener(e -> {
                if (!value.isEmpty()) {
                    ((HasValidation) field).setInvalid(false);
                }
            });
        }
    }

    /** Marks every empty required field invalid and focuses the first; true when all are filled. */
    public boolean check() {
        boolean allFilled = true;
        for (Component field : fields) {
            HasValue<?, ?> value = (HasValue<?, ?>) field;
            boolean empty = value.isEmpty() || value.getValue() instanceof String text && text.isBlank();
            if (empty) {
                String label = field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
                ((HasValidation) field).setErrorMessage(field.getTranslation("feedback.required", label));
                ((HasValidation) field).setInvalid(true);
                if (allFilled && field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
                allFilled = false;
            }
        }
        return allFilled;
    }
}
