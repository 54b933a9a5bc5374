package se.fou.oj.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.ValidationException;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.IndicatorSentence;
import se.fou.oj.followup.FollowUpService;

/** FoU rewords an indicator's trend sentence; the generated sentence stays visible for reference. */
class TrendSentenceForm extends Dialog {

    TrendSentenceForm(FollowUpService service, long areaId, IndicatorSentence sentence, Runnable onSaved) {
        setId("trend-sentence-form");
        setHeaderTitle(getTranslation("followUp.trend.edit", sentence.indicatorCode()));
        setWidth("40rem");
        Paragraph generated = new Paragraph(getTranslation("compilation.sentence.generated", sentence.generated()));
        generated.setId("trend-sentence-generated");
        generated.addClassName("muted");
        TextArea text = new TextArea(getTranslation("followUp.trend.text"));
        text.setId("trend-sentence-text");
        text.setMaxLength(CompilationService.MAX_SENTENCE);
        text.setWidthFull();
        text.setMinHeight("6rem");
        text.setValue(sentence.effective());
        Div errors = new Div();
        errors.setId("trend-sentence-errors");
        errors.addClassName("error-text");
        add(generated, text, errors);

        Button reset = new Button(getTranslation("compilation.sentence.reset"),
                e -> save(service, areaId, sentence, "", errors, onSaved));
        reset.setId("trend-sentence-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setEnabled(sentence.isEdited());
        Button save = new Button(getTranslation("action.save"),
                e -> save(service, areaId, sentence, text.getValue(), errors, onSaved));
        save.setId("trend-sentence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(FollowUpService service, long areaId, IndicatorSentence sentence, String text, Div errors,
                      Runnable onSaved) {
        try {
            service.editTrendSentence(areaId, sentence.indicatorCode(), text);
            close();
            onSaved.run();
        } catch (ValidationException ex) {
            errors.setText(ex.getMessage());
        }
    }
}
