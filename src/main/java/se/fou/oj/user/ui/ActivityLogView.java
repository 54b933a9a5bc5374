package se.fou.oj.user.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.user.LoginAttempt;
import se.fou.oj.user.UserService;

/**
 * Who changed what and when, and every login attempt. Both logs grow without end, so the grids fetch one page at a
 * time from the database.
 */
@Route(value = "admin/log", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class ActivityLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public ActivityLogView(AuditService auditService, UserService userService) {
        setId("activity-log-view");
        setSizeFull();
        add(new H2(getTranslation("nav.log")));

        Grid<AuditEntry> changes = new Grid<>();
        changes.setId("audit-grid");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("log.time")).setKey("time").setAutoWidth(true);
        changes.addColumn(AuditEntry::actor).setHeader(getTranslation("log.actor")).setKey("actor").setAutoWidth(true);
        changes.addColumn(AuditEntry::action).setHeader(getTranslation("log.action")).setKey("action").setAutoWidth(true);
        changes.addColumn(e -> e.entityType() + (e.entityId() == null ? "" : " " + e.entityId()))
                .setHeader(getTranslation("log.entity")).setKey("entity").setAutoWidth(true);
        changes.addColumn(AuditEntry::details).setHeader(getTranslation("log.details")).setKey("details").setFlexGrow(1);
        changes.setItems(query -> auditService.page(query.getOffset(), query.getLimit()).stream(),
                query -> auditService.count());

        Grid<LoginAttempt> logins = new Grid<>();
        logins.setId("login-grid");
        logins.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        logins.addColumn(a -> TIME.format(a.attemptedAt())).setHeader(getTranslation("log.time")).setKey("time").setAutoWidth(true);
        logins.addColumn(LoginAttempt::username).setHeader(getTranslation("user.username")).setKey("username").setAutoWidth(true);
        logins.addColumn(a -> a.remoteAddress() == null ? "" : a.remoteAddress()).setHeader(getTranslation("log.address"))
                .setKey("address").setAutoWidth(true);
        logins.addColumn(a -> getTranslation(a.success() ? "log.login.success" : "log.login.failure"))
                .setHeader(getTranslation("log.result")).setKey("result").setAutoWidth(true);
        logins.addColumn(LoginAttempt::outcome).setHeader(getTranslation("log.details")).setKey("outcome").setFlexGrow(1);
        logins.setItems(query -> userService.recentLoginAttempts(query.getOffset(), query.getLimit()).stream(),
                query -> userService.loginAttemptCount());

        TabSheet tabs = new TabSheet();
        tabs.setId("log-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("log.changes"), changes);
        tabs.add(getTranslation("log.logins"), logins);
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.log"));
    }
}
