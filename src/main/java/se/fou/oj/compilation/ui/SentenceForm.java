package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.IndicatorSentence;

/** FoU rewords or adds to an indicator's generated sentence; the generated text stays visible for reference. */
class SentenceForm extends Dialog {

    SentenceForm(CompilationService service, long cycleId, IndicatorSentence sentence, Runnable onSaved) {
        setId("sentence-form");
        setHeaderTitle(getTranslation("compilation.sentence.edit", sentence.indicatorCode()));
        setWidth("40rem");
        Paragraph generated = new Paragraph(getTranslation("compilation.sentence.generated", sentence.generated()));
        generated.setId("sentence-generated");
        generated.addClassName("muted");
        TextArea text = new TextArea(getTranslation("compilation.sentence.text"));
        text.setId("sentence-text");
        text.setMaxLength(CompilationService.MAX_SENTENCE);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValue(sentence.effective());
        Div errors = new Div();
        errors.setId("sentence-errors");
        errors.addClassName("error-text");
        add(generated, text, errors);

        Button reset = new Button(getTranslation("compilation.sentence.reset"), e -> save(service, cycleId, sentence, "", errors, onSaved));
        reset.setId("sentence-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setEnabled(sentence.isEdited());
        Button save = new Button(getTranslation("action.save"), e -> save(service, cycleId, sentence, text.getValue(), errors, onSaved));
        save.setId("sentence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(CompilationService service, long cycleId, IndicatorSentence sentence, String text, Div errors,
                      Runnable onSaved) {
        try {
            service.editSentence(cycleId, sentence.indicatorCode(), text);
            close();
            onSaved.run();
        } catch (ValidationException ex) {
            errors.setText(ex.getMessage());
        }
    }
}
