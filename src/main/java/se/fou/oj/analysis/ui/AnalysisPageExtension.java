package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What other modules add to the analysis page, so that the page shows them without importing them (the decision on
 * the report sent for decision belongs to {@code decision}, which depends on analysis, never the reverse). Implemented
 * as Spring beans; they hold no state, so one bean serves every page.
 */
@NamedInterface("ui")
public interface AnalysisPageExtension {

    /** What the extension shows on the page of one cycle, read once each time the page is drawn. */
    Sections sections(long cycleId, Runnable refresh);

    /** Whether sending a new version for decision ends work still open on the version sent before (FoU is told so). */
    boolean sendingEndsOpenWork(long cycleId);

    /** The parts of the page the extension adds to; each empty by default. Exposed with its outer type. */
    @NamedInterface("ui")
    interface Sections {

        /** Shown when a report was sent but the user may not read it yet: what may already be read. */
        default List<Component> whileReportHidden() {
            return List.of();
        }

        /** Shown on top of a development area's card in FoU's draft. */
        default Optional<Component> onAreaCard(long developmentAreaId) {
            return Optional.empty();
        }

        /** Shown below the report. */
        default List<Component> afterReport() {
            return List.of();
        }
    }
}
