package se.fou.oj.base.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without a Spring context, as the app reads them, for plain unit tests. */
public final class BundleMessages {

    private BundleMessages() {
    }

    public static Messages create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
