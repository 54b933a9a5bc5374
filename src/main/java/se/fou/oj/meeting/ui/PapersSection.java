package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.fou.oj.base.ValidationException;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.Paper;
import se.fou.oj.meeting.PaperService;
import se.fou.oj.base.ui.ComponentTexts;

/** The meeting's papers, each a download; FoU attaches the compilation, earlier minutes or files. */
class PapersSection extends VerticalLayout {

    @SuppressWarnings("deprecation") // MemoryBuffer keeps the upload testable with Karibu's _upload
    PapersSection(Meeting meeting, PaperService papers, List<Meeting> otherMeetings, boolean fou, Runnable onChanged) {
        setPadding(false);
        setSpacing(false);
        setId("papers");
        List<Paper> list = papers.papers(meeting.id());
        if (list.isEmpty()) {
            add(new Div(getTranslation("meeting.paper.none")));
        }
        for (Paper paper : list) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                PaperService.Download file = papers.download(meeting.id(), paper.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            }), paper.title());
            download.setId("paper-" + paper.id());
            HorizontalLayout line = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), download);
            line.setAlignItems(Alignment.CENTER);
            if (fou) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    papers.remove(meeting.id(), paper.id());
                    onChanged.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("action.remove"));
                line.add(remove);
            }
            add(line);
        }
        if (!fou) {
            return;
        }
        Div errors = new Div();
        errors.setId("paper-errors");
        errors.addClassName("error-text");
        Button compilation = new Button(getTranslation("meeting.paper.attachCompilation"), e -> run(() ->
                papers.attachCompilation(meeting.id()), errors, onChanged));
        compilation.setId("attach-compilation");
        ComboBox<Meeting> minutes = new ComboBox<>(getTranslation("meeting.paper.earlierMinutes"));
        minutes.setId("attach-minutes-choice");
        minutes.setItems(otherMeetings.stream().filter(m -> m.id() != meeting.id() && !m.approvedVersions().isEmpty()).toList());
        minutes.setItemLabelGenerator(Meeting::title);
        Button attachMinutes = new Button(getTranslation("meeting.paper.attachMinutes"), e -> {
            if (minutes.getValue() != null) {
                run(() -> papers.attachMinutes(meeting.id(), minutes.getValue().id()), errors, onChanged);
            }
        });
        attachMinutes.setId("attach-minutes");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = ComponentTexts.upload(new Upload(buffer));
        upload.setId("paper-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".txt", ".csv", ".png", ".jpg", ".jpeg");
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                byte[] content = in.readAllBytes();
                run(() -> papers.upload(meeting.id(), e.getFileName(), content), errors, onChanged);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        HorizontalLayout attach = new HorizontalLayout(compilation, minutes, attachMinutes);
        attach.setAlignItems(Alignment.BASELINE);
        add(attach, upload, errors);
    }

    private static void run(Runnable action, Div errors, Runnable onChanged) {
        try {
            action.run();
            onChanged.run();
        } catch (ValidationException ex) {
            errors.setText(ex.getMessage());
        }
    }
}
