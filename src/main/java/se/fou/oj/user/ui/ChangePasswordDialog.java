package se.fou.oj.user.ui;

import org.springframework.stereotype.Component;
import se.fou.oj.base.ui.PasswordDialog;
import se.fou.oj.user.UserService;

/** Opens a fresh {@link ChangePasswordForm} each time the layout asks for the password dialog. */
@Component
class ChangePasswordDialog implements PasswordDialog {

    private final UserService userService;

    ChangePasswordDialog(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void open() {
        new ChangePasswordForm(userService).open();
    }
}
