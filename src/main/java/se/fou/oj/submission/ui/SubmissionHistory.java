package se.fou.oj.submission.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.AuditChangeTexts;
import se.fou.oj.submission.SubmissionService;

/**
 * "Historik" under a municipality's answer: who saved, submitted or reopened it when, and what each change did to the
 * answers, the figures and the explanation (before → after). Shown to the municipality's own contacts, FoU and the
 * administrators; the service refuses everyone else.
 */
class SubmissionHistory extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SubmissionService service;
    private final long requestId;
    private final String municipalityCode;
    private final Grid<AuditEntry> grid = new Grid<>();

    SubmissionHistory(SubmissionService service, long requestId, String municipalityCode) {
        this.service = service;
        this.requestId = requestId;
        this.municipalityCode = municipalityCode;
        setId("submission-history-section");
        setPadding(false);
        AuditChangeTexts changes = new AuditChangeTexts(this::getTranslation);
        grid.setId("submission-history");
        grid.addClassName("audit-changes-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("log.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("log.actor")).setKey("who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::what).setHeader(getTranslation("log.event")).setKey("what").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> changes.lines(e.changes())).setHeader(getTranslation("log.changedFields")).setKey("changes")
                .setFlexGrow(1).setPartNameGenerator(e -> "changes");
        add(new H3(getTranslation("submission.history")), grid);
        reload();
    }

    /** Whether the user may read the history of this municipality's answer (the service decides the same). */
    static boolean mayRead(AppUserPrincipal user, String municipalityCode) {
        return user.hasRole(Role.FOU)
                || user.role() == Role.MUNICIPAL_CONTACT && municipalityCode.equals(user.municipalityCode());
    }

    void reload() {
        grid.setItems(service.history(requestId, municipalityCode));
    }

    private String who(AuditEntry entry) {
        return entry.actorName() != null ? entry.actorName() : entry.actor();
    }

    private String what(AuditEntry entry) {
        String what = getTranslation("submission.history." + entry.action(), entry.details() == null ? "" : entry.details());
        return what.startsWith("!") ? entry.action() : what;
    }
}
