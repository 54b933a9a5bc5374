package se.fou.oj.followup;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class FollowUpSection extends SimpleCycleSection {

    FollowUpSection() {
        super("followup", 80, "followUp.open", "cycles/%d/follow-up");
    }
}
