package se.fou.oj.submission;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class RequestsSection extends SimpleCycleSection {

    RequestsSection() {
        super("requests", 60, "request.open", "cycles/%d/requests");
    }
}
