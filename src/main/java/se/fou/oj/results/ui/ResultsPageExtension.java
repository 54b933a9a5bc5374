package se.fou.oj.results.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.cycle.Cycle;

/**
 * What higher modules add to the results page without results knowing them: interpretation turns an indicator's code
 * into a button that opens its agreed reading, compilation adds the "publish" action. Implemented as Spring beans
 * ({@code @Component}) that build new components on every call.
 */
@NamedInterface("ui")
public interface ResultsPageExtension {

    /** The cell showing an indicator's code; empty leaves the plain code. */
    default Optional<Component> codeCell(long cycleId, String code, String indicatorText) {
        return Optional.empty();
    }

    /** Actions FoU gets in the toolbar, after the import; {@code refresh} redraws the page after a change. */
    default List<Component> fouActions(Cycle cycle, Runnable refresh) {
        return List.of();
    }
}
