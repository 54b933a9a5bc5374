package se.fou.oj.base.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The translation bundle ({@code i18n/messages*.properties}) for code outside the UI: services' error messages and
 * the API's problem details are Swedish, the product's language.
 */
@Component
public class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(String key, Object... args) {
        return get(SWEDISH, key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return messageSource.getMessage(key, args, "!" + key + "!", locale);
    }
}
