package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.TextLimit;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.base.ui.Notifications;

/**
 * FoU's own texts of the draft, the introduction and the analysis, saved shortly after typing stops; until the server
 * has them the browser keeps a copy ({@link LocalDraftBackup}).
 */
class ReportTextsEditor extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TextArea introduction = new TextArea();
    private final TextArea analysis = new TextArea();
    private final Span saved = new Span();
    private LocalDraftBackup[] backups;

    ReportTextsEditor(AnalysisReport draft, AnalysisReportService service) {
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
        // Until the server has a text, the browser keeps a copy that is offered back after a lost connection
        LocalDraftBackup introductionBackup = new LocalDraftBackup(introduction, "analysis:" + draft.id() + ":introduction",
                () -> save(service, draft));
        LocalDraftBackup analysisBackup = new LocalDraftBackup(analysis, "analysis:" + draft.id() + ":analysis",
                () -> save(service, draft));
        backups = new LocalDraftBackup[] {introductionBackup, analysisBackup};
        for (TextArea area : new TextArea[] {introduction, analysis}) {
            area.setMaxLength(TextLimit.TEXT.max());
            area.setWidthFull();
            area.setMinHeight("8rem");
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(800);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(service, draft);
                }
            });
        }
        add(introductionBackup, introduction, analysisBackup, analysis, saved);
    }

    private void save(AnalysisReportService service, AnalysisReport draft) {
        try {
            AnalysisReport after = service.saveTexts(draft.id(), introduction.getValue(), analysis.getValue());
            saved.setText(getTranslation("analysis.savedAt", TIME.format(after.updatedAt())));
            backups[0].saved(introduction.getValue());
            backups[1].saved(analysis.getValue());
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
