package se.fou.oj.base.ui;

/**
 * The dialog where one changes one's own password, opened from the header and the user menu. The user feature
 * provides it as a Spring bean, so that the layout needs neither its form nor its service.
 */
public interface PasswordDialog {

    void open();
}
