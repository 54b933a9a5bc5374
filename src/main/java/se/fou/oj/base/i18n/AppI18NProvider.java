package se.fou.oj.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gives Vaadin's {@code getTranslation} the same bundle the services use: Swedish first, English beside it. */
@Component
public class AppI18NProvider implements I18NProvider {

    private final Messages messages;

    public AppI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.SWEDISH, Messages.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && Messages.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Messages.ENGLISH : Messages.SWEDISH;
        return messages.get(effective, key, params);
    }
}
