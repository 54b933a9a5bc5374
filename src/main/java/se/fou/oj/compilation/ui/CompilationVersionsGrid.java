package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.compilation.CompilationVersion;
import se.fou.oj.user.ui.PersonName;

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
        addColumn(v -> PersonName.of(v.publishedBy())).setHeader(getTranslation("compilation.publishedBy")).setKey("publishedBy")
                .setAutoWidth(true);
        addComponentColumn(v -> {
            return Downloads.button("download-version-" + v.versionNo(), getTranslation("compilation.download"),
                    VaadinIcon.FILE_TEXT_O, "sammanstallning-" + cycleId + "-v" + v.versionNo() + ".pdf", Downloads.PDF,
                    out -> service.writePublishedPdf(cycleId, v.versionNo(), out));
        }).setKey("download").setAutoWidth(true);
        setItems(versions);
        setAllRowsVisible(true);
    }
}
