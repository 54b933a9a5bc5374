package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.CompilationVersion;

/** The published versions with a download each, exactly as published. */
class CompilationVersionsGrid extends Grid<CompilationVersion> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    CompilationVersionsGrid(CompilationService service, long cycleId, List<CompilationVersion> versions) {
        setId("compilation-versions");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(v -> getTranslation("compilation.versionNo", v.versionNo())).setHeader(getTranslation("compilation.version"))
                .setKey("version").setAutoWidth(true);
        addColumn(v -> TIME.format(v.publishedAt())).setHeader(getTranslation("compilation.publishedAt")).setKey("publishedAt")
                .setAutoWidth(true);
        addColumn(CompilationVersion::publishedBy).setHeader(getTranslation("compilation.publishedBy")).setKey("publishedBy")
                .setAutoWidth(true);
        addComponentColumn(v -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(v.pdfSize());
                service.writePublishedPdf(cycleId, v.versionNo(), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "sammanstallning-" + cycleId + "-v" + v.versionNo() + ".pdf", "application/pdf", bytes.length);
            }), "");
            download.setId("download-version-" + v.versionNo());
            download.add(new Button(getTranslation("compilation.download"), VaadinIcon.FILE_TEXT_O.create()));
            return download;
        }).setKey("download").setAutoWidth(true);
        setItems(versions);
        setAllRowsVisible(true);
    }
}
