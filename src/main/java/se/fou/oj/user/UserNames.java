package se.fou.oj.user;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.i18n.Messages;

/**
 * People by name, not by user name: what was stored as "ekero" or "system" (who submitted, approved, sent) is shown
 * as "Eva Kontaktperson" or "Systemet". A name is no secret among the logged-in users who work together, so any
 * logged-in user may ask; a user name that no longer exists is shown as it was stored.
 */
@Service
public class UserNames {

    public static final String SYSTEM = "system";

    private final UserRepository repository;
    private final Messages messages;

    UserNames(UserRepository repository, Messages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public String nameOf(String username) {
        return nameOf(username, Messages.SWEDISH);
    }

    @Transactional(readOnly = true)
    public String nameOf(String username, Locale locale) {
        if (username == null) {
            return "";
        }
        if (SYSTEM.equals(username)) {
            return messages.get(locale, "audit.system");
        }
        return repository.displayName(username).orElse(username);
    }
}
