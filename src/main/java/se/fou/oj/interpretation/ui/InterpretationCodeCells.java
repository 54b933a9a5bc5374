package se.fou.oj.interpretation.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.results.ui.ResultsPageExtension;

/** On the results page an indicator's code opens its agreed reading: one click from the figures. */
@org.springframework.stereotype.Component
class InterpretationCodeCells implements ResultsPageExtension {

    private final InterpretationService interpretations;

    InterpretationCodeCells(InterpretationService interpretations) {
        this.interpretations = interpretations;
    }

    @Override
    public Optional<Component> codeCell(long cycleId, String code, String indicatorText) {
        return Optional.of(InterpretationDialog.codeButton(interpretations, cycleId, code, indicatorText));
    }
}
