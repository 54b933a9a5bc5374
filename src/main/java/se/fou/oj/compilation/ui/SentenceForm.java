package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.base.ValidationException;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.IndicatorSentence;

/**
 * FoU rewords or adds to a generated sentence, the compilation's or a follow-up's trend sentence; the generated text
 * stays visible for reference, and an empty text goes back to it. Ids start with the given prefix
 * ({@code sentence-text}, {@code trend-sentence-save}, …).
 */
@NamedInterface("ui")
public class SentenceForm extends Dialog {

    /** Saves FoU's wording (empty: back to the generated sentence), or refuses it with a message. */
    @FunctionalInterface
    public interface Saver {
        void save(String text);
    }

    /** The compilation's sentence of one indicator. */
    SentenceForm(CompilationService service, long cycleId, IndicatorSentence sentence, Runnable onSaved) {
        this("sentence", "compilation.sentence.edit", "compilation.sentence.text", sentence,
                text -> service.editSentence(cycleId, sentence.indicatorCode(), text), onSaved);
    }

    /**
     * @param titleKey the dialog's title, given the indicator's code
     * @param labelKey the text field's label
     */
    public SentenceForm(String idPrefix, String titleKey, String labelKey, IndicatorSentence sentence, Saver saver,
                        Runnable onSaved) {
        setId(idPrefix + "-form");
        setHeaderTitle(getTranslation(titleKey, sentence.indicatorCode()));
        setWidth("40rem");
        Paragraph generated = new Paragraph(getTranslation("compilation.sentence.generated", sentence.generated()));
        generated.setId(idPrefix + "-generated");
        generated.addClassName("muted");
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setId(idPrefix + "-text");
        text.setMaxLength(CompilationService.MAX_SENTENCE);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValue(sentence.effective());
        Div errors = new Div();
        errors.setId(idPrefix + "-errors");
        errors.addClassName("error-text");
        add(generated, text, errors);

        Button reset = new Button(getTranslation("compilation.sentence.reset"), e -> save(saver, "", errors, onSaved));
        reset.setId(idPrefix + "-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setEnabled(sentence.isEdited());
        Button save = new Button(getTranslation("action.save"), e -> save(saver, text.getValue(), errors, onSaved));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(Saver saver, String text, Div errors, Runnable onSaved) {
        try {
            saver.save(text);
            close();
            onSaved.run();
        } catch (ValidationException ex) {
            errors.setText(ex.getMessage());
        }
    }
}
