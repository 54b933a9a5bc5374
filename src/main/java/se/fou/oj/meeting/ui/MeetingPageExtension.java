package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.meeting.Meeting;

/**
 * What higher modules add to a meeting's page without meeting knowing them, e.g. the development areas identified at
 * a result meeting. Implemented as Spring beans ({@code @Component}) that build new components on every call; the
 * components are added after the agenda notes, before the decisions.
 */
@NamedInterface("ui")
public interface MeetingPageExtension {

    /** The components to add for this meeting, none if it does not concern the module. */
    List<Component> sections(Meeting meeting, boolean editable, Runnable refresh);
}
