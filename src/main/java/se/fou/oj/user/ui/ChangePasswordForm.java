package se.fou.oj.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.user.UserService;

/** Every user changes their own password here, proving the current one first. */
public class ChangePasswordForm extends Dialog {

    public ChangePasswordForm(UserService userService) {
        setId("change-password-form");
        setHeaderTitle(getTranslation("password.title"));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("password.help", UserService.MIN_PASSWORD_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        Div errors = new Div();
        errors.setId("password-errors");
        errors.addClassName("error-text");
        add(new FormLayout(current, next, repeat), errors);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                errors.setText(getTranslation("password.mismatch"));
                return;
            }
            try {
                userService.changeOwnPassword(current.getValue(), next.getValue());
                close();
                Notifications.success(getTranslation("password.changed"));
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
