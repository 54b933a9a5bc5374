package se.fou.oj.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.results.ImportSummary;
import se.fou.oj.results.ResultsService;

/**
 * Import of a cycle's results from CSV or XLSX. The file is checked first; problems are listed with line and column
 * and nothing is imported. If the cycle already has results the user must confirm the replacement.
 */
class ResultsImportDialog extends Dialog {

    static final int MAX_FILE_BYTES = ResultsService.MAX_IMPORT_BYTES;

    private final ResultsService resultsService;
    private final long cycleId;
    private final Runnable onImported;
    private final VerticalLayout feedback = new VerticalLayout();
    private final Button confirm = new Button();
    private String filename;
    private byte[] content;

    @SuppressWarnings("deprecation") // MemoryBuffer keeps the upload testable with Karibu's _upload
    ResultsImportDialog(ResultsService resultsService, long cycleId, Runnable onImported) {
        this.resultsService = resultsService;
        this.cycleId = cycleId;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("44em");

        Paragraph help = new Paragraph(getTranslation("import.help"));
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = ComponentTexts.upload(new Upload(buffer));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                check(e.getFileName(), in.readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRejectedListener(e -> showProblems(List.of(getTranslation("import.error.rejected"))));
        feedback.setPadding(false);
        feedback.setId("import-feedback");

        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importNow());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        add(help, upload, feedback);
        updateConfirmText(false);
    }

    /** Checks the uploaded file and shows what it holds, or its problems. Public to the package for tests. */
    void check(String uploadedName, byte[] uploaded) {
        this.filename = uploadedName;
        this.content = uploaded;
        feedback.removeAll();
        try {
            ImportSummary summary = resultsService.preview(cycleId, filename, content);
            Span ok = new Span(getTranslation("import.preview", summary.indicatorCount(), summary.tableCount(),
                    String.join(", ", summary.municipalities())));
            ok.setId("import-preview");
            feedback.add(ok);
            if (summary.missingAnswers() > 0) {
                feedback.add(new Span(getTranslation("import.preview.missing", summary.missingAnswers())));
            }
            if (summary.replacesExisting()) {
                Span warning = new Span(getTranslation("import.replaceWarning", summary.existingIndicators()));
                warning.setId("import-replace-warning");
                warning.addClassName("warning");
                feedback.add(warning);
            }
            updateConfirmText(summary.replacesExisting());
            confirm.setEnabled(true);
        } catch (ValidationException ex) {
            content = null;
            confirm.setEnabled(false);
            showProblems(ex.problems());
        }
    }

    private void showProblems(List<String> problems) {
        feedback.removeAll();
        Span title = new Span(getTranslation("import.problems", problems.size()));
        title.addClassName("error-text");
        UnorderedList list = new UnorderedList();
        list.setId("import-problems");
        problems.forEach(p -> list.add(new ListItem(p)));
        feedback.add(title, list);
    }

    private void updateConfirmText(boolean replaces) {
        confirm.setText(getTranslation(replaces ? "import.confirmReplace" : "import.confirm"));
    }

    private void importNow() {
        if (content == null) {
            return;
        }
        try {
            ImportSummary summary = resultsService.importResults(cycleId, filename, content, true);
            Notifications.success(getTranslation("import.done", summary.indicatorCount()));
            close();
            onImported.run();
        } catch (ValidationException ex) {
            showProblems(ex.problems());
        }
    }
}
