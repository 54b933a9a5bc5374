package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisService;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;

/** FoU's own texts of the draft, the introduction and the analysis, saved shortly after typing stops. */
class ReportTextsEditor extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TextArea introduction = new TextArea();
    private final TextArea analysis = new TextArea();
    private final Span saved = new Span();

    ReportTextsEditor(AnalysisReport draft, AnalysisService service) {
        setPadding(false);
        introduction.setLabel(getTranslation("analysis.introduction"));
        introduction.setId("analysis-introduction");
        analysis.setLabel(getTranslation("analysis.analysis"));
        analysis.setId("analysis-text");
        analysis.setHelperText(getTranslation("analysis.analysis.help"));
        saved.setId("analysis-saved");
        saved.addClassName("muted");
        // Values first, listeners after: filling the form is not an edit
        introduction.setValue(draft.introduction() == null ? "" : draft.introduction());
        analysis.setValue(draft.analysis() == null ? "" : draft.analysis());
        for (TextArea area : new TextArea[] {introduction, analysis}) {
            area.setWidthFull();
            area.setMinHeight("8rem");
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(800);
            area.addValueChangeListener(e -> {
                try {
                    AnalysisReport after = service.saveTexts(draft.id(), introduction.getValue(), analysis.getValue());
                    saved.setText(getTranslation("analysis.savedAt", TIME.format(after.updatedAt())));
                } catch (ValidationException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
        }
        add(introduction, analysis, saved);
    }
}
