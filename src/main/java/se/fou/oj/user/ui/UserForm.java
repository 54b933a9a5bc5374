package se.fou.oj.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.region.Municipality;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

/** Dialog to create or edit a user. What was typed stays in the form when the service rejects it. */
class UserForm extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox active = new Checkbox();
    private final Div errors = new Div();

    UserForm(UserService userService, List<Municipality> municipalities, UserAccount existing, Runnable onSaved) {
        setId("user-form");
        setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
        username.setId("user-username");
        username.setMaxLength(UserService.MAX_USERNAME);
        displayName.setMaxLength(TextLimit.NAME.max());
        email.setMaxLength(TextLimit.TITLE.max());
        username.setLabel(getTranslation("user.username"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("user.displayName"));
        email.setId("user-email");
        email.setLabel(getTranslation("user.email"));
        role.setId("user-role");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        municipality.setId("user-municipality");
        municipality.setLabel(getTranslation("user.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.code() + ")");
        role.addValueChangeListener(e -> municipality.setEnabled(e.getValue() != null && e.getValue().belongsToMunicipality()));
        password.setId("user-password");
        password.setLabel(getTranslation(existing == null ? "user.password" : "user.newPassword"));
        password.setHelperText(getTranslation("user.password.help"));
        active.setId("user-active");
        active.setLabel(getTranslation("user.active"));
        errors.setId("user-errors");
        errors.addClassName("error-text");

        if (existing == null) {
            active.setValue(true);
            municipality.setEnabled(false);
        } else {
            username.setValue(existing.username());
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            role.setValue(existing.role());
            municipalities.stream().filter(m -> existing.municipalityId() != null && m.id() == existing.municipalityId())
                    .findFirst().ifPresent(municipality::setValue);
            active.setValue(existing.active());
        }
        add(new FormLayout(username, displayName, email, role, municipality, password, active), errors);

        RequiredFields required = existing == null
                ? new RequiredFields(username, displayName, role, password)
                : new RequiredFields(username, displayName, role);
        Button save = new Button(getTranslation("action.save"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                    municipality.getValue() == null ? null : municipality.getValue().id(), active.getValue(),
                    password.getValue());
            try {
                if (existing == null) {
                    userService.createUser(draft);
                } else {
                    userService.updateUser(existing.id(), draft);
                }
                close();
                Notifications.success(getTranslation(existing == null ? "feedback.user.created"
                        : "feedback.user.saved", displayName.getValue().trim()));
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
