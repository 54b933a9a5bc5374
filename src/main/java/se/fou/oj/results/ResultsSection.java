package se.fou.oj.results;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class ResultsSection extends SimpleCycleSection {

    ResultsSection() {
        super("results", 10, "cycle.results", "cycles/%d/results");
    }
}
