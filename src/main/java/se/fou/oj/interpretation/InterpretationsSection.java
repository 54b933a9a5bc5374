package se.fou.oj.interpretation;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class InterpretationsSection extends SimpleCycleSection {

    InterpretationsSection() {
        super("interpretations", 30, "interpretation.open.register", "cycles/%d/interpretations");
    }
}
