package se.fou.oj.developmentarea;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class DevelopmentAreasSection extends SimpleCycleSection {

    DevelopmentAreasSection() {
        super("areas", 50, "developmentArea.open", "cycles/%d/development-areas");
    }
}
