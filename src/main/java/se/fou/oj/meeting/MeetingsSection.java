package se.fou.oj.meeting;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class MeetingsSection extends SimpleCycleSection {

    MeetingsSection() {
        super("meetings", 40, "meeting.open", "cycles/%d/meetings");
    }
}
