package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.compilation.CompilationDraft;
import se.fou.oj.compilation.CompilationService;

/**
 * The compilation's own texts: introduction and results in brief. They save shortly after typing stops, so nothing
 * typed is lost; a suggestion written from the data can be taken as the starting point.
 */
class CompilationTextsEditor extends VerticalLayout {

    private final TextArea introduction = new TextArea();
    private final TextArea brief = new TextArea();
    private final Span saved = new Span();

    CompilationTextsEditor(CompilationDraft draft, CompilationService service) {
        setPadding(false);
        long cycleId = draft.results().cycle().id();
        introduction.setId("compilation-introduction");
        introduction.setLabel(getTranslation("compilation.introduction"));
        introduction.setWidthFull();
        introduction.setMinHeight("8rem");
        introduction.setValue(draft.introduction() == null ? "" : draft.introduction());
        brief.setId("compilation-brief");
        brief.setLabel(getTranslation("compilation.resultsInBrief"));
        brief.setWidthFull();
        brief.setMinHeight("6rem");
        brief.setValue(draft.resultsInBrief() == null ? "" : draft.resultsInBrief());
        brief.setPlaceholder(draft.suggestedBrief());
        brief.setHelperText(getTranslation("compilation.resultsInBrief.help"));
        for (TextArea area : new TextArea[] {introduction, brief}) {
            area.setMaxLength(TextLimit.TEXT.max());
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(1200);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(service, cycleId);
                }
            });
        }
        Button useSuggestion = new Button(getTranslation("compilation.resultsInBrief.useSuggestion"), e -> {
            brief.setValue(draft.suggestedBrief());
            save(service, cycleId);
        });
        useSuggestion.setId("use-brief-suggestion");
        useSuggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        saved.setId("compilation-saved");
        saved.addClassName("muted");
        add(introduction, brief, useSuggestion, saved);
    }

    private void save(CompilationService service, long cycleId) {
        service.saveTexts(cycleId, introduction.getValue(), brief.getValue());
        saved.setText(getTranslation("compilation.savedAt", LocalTime.now(UiClock.get()).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }
}
