package se.fou.oj.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.AuditChangeTexts;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.user.LoginAttempt;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserService;

/**
 * Who changed what and when, as sentences ("Anna Administratör flyttade Ekonomiskt bistånd 2018 från …") with each
 * changed field before and after ("Status: Pågår → Klar"), filtered by person, kind of thing, one thing (its id or
 * name), words and dates, for FoU and the administrators; and, for the administrators, every login attempt. Both logs
 * grow without end, so the grids fetch one page at a time from the database.
 */
@Route(value = "log", layout = MainLayout.class)
@Menu(order = 3, icon = "vaadin:clipboard-text", title = "nav.log")
@RolesAllowed({Role.ADMIN_NAME, Role.FOU_NAME})
public class ActivityLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService auditService;
    private final AuditSentences sentences;
    private final Map<String, String> namesByUsername;

    private final ComboBox<String> actor = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField object = new TextField();
    private final TextField text = new TextField();
    private final DatePicker from = ComponentTexts.datePicker(new DatePicker());
    private final DatePicker to = ComponentTexts.datePicker(new DatePicker());

    public ActivityLogView(AuditService auditService, UserService userService) {
        this.auditService = auditService;
        setId("activity-log-view");
        setSizeFull();
        setPadding(true);
        add(new H2(getTranslation("nav.log")));

        boolean admin = CurrentUser.require().hasRole(Role.ADMIN);
        // FoU reads the log but not the user administration: it names people from the directory of active users
        var users = admin ? userService.users() : userService.directory();
        namesByUsername = users.stream().collect(Collectors.toMap(UserAccount::username, UserAccount::displayName, (a, b) -> a));
        sentences = new AuditSentences(this::getTranslation,
                users.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a)));

        Grid<AuditEntry> changes = new Grid<>();
        changes.setId("audit-grid");
        changes.setSizeFull();
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("log.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(sentences::sentence).setHeader(getTranslation("log.event")).setKey("event").setFlexGrow(1);
        AuditChangeTexts changeTexts = new AuditChangeTexts(this::getTranslation);
        changes.addColumn(e -> changeTexts.lines(e.changes())).setHeader(getTranslation("log.changedFields"))
                .setKey("changes").setFlexGrow(1).setPartNameGenerator(e -> "changes");
        changes.addClassName("audit-changes-grid");
        ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data = new CallbackDataProvider<AuditEntry, AuditFilter>(
                query -> auditService.page(query.getFilter().orElse(AuditFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> auditService.count(query.getFilter().orElse(AuditFilter.ALL))).withConfigurableFilter();
        changes.setItems(data);

        VerticalLayout changesTab = new VerticalLayout(filters(data), changes);
        changesTab.setPadding(false);
        changesTab.setSizeFull();
        changesTab.setFlexGrow(1, changes);

        Grid<LoginAttempt> logins = new Grid<>();
        logins.setId("login-grid");
        logins.setSizeFull();
        logins.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        logins.addColumn(a -> TIME.format(a.attemptedAt())).setHeader(getTranslation("log.time")).setKey("time").setAutoWidth(true);
        logins.addColumn(a -> nameOf(a.username())).setHeader(getTranslation("log.actor")).setKey("name").setAutoWidth(true);
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
        tabs.add(getTranslation("log.changes"), changesTab);
        if (admin) {
            tabs.add(getTranslation("log.logins"), logins);
        }
        addAndExpand(tabs);
    }

    private FlexLayout filters(ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data) {
        actor.setId("log-filter-actor");
        actor.setLabel(getTranslation("log.filter.actor"));
        actor.setItems(auditService.actors());
        actor.setItemLabelGenerator(this::nameOf);
        actor.setClearButtonVisible(true);

        kind.setId("log-filter-kind");
        kind.setLabel(getTranslation("log.filter.kind"));
        kind.setItems(auditService.entityTypes());
        kind.setItemLabelGenerator(type -> {
            String label = getTranslation("audit.type." + type);
            return label.startsWith("!") ? type : label;
        });
        kind.setClearButtonVisible(true);

        object.setId("log-filter-object");
        object.setLabel(getTranslation("log.filter.object"));
        // An example in the field rather than a helper text below it, which would lift this field's label above the
        // others' in the bottom-aligned filter bar
        object.setPlaceholder(getTranslation("log.filter.object.help"));
        object.setWidth("18em");
        object.setValueChangeMode(ValueChangeMode.LAZY);
        object.setClearButtonVisible(true);

        text.setId("log-filter-text");
        text.setLabel(getTranslation("log.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);

        from.setId("log-filter-from");
        from.setLabel(getTranslation("log.filter.from"));
        to.setId("log-filter-to");
        to.setLabel(getTranslation("log.filter.to"));

        Button clear = new Button(getTranslation("log.filter.clear"), e -> {
            actor.clear();
            kind.clear();
            object.clear();
            text.clear();
            from.clear();
            to.clear();
        });
        clear.setId("log-filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Runnable apply = () -> data.setFilter(new AuditFilter(actor.getValue(), kind.getValue(), object.getValue(),
                text.getValue(), from.getValue(), to.getValue()));
        actor.addValueChangeListener(e -> apply.run());
        kind.addValueChangeListener(e -> apply.run());
        object.addValueChangeListener(e -> apply.run());
        text.addValueChangeListener(e -> apply.run());
        from.addValueChangeListener(e -> apply.run());
        to.addValueChangeListener(e -> apply.run());

        FlexLayout bar = new FlexLayout(actor, kind, object, text, from, to, clear);
        bar.setId("log-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private String nameOf(String username) {
        if ("system".equals(username)) {
            return getTranslation("audit.system");
        }
        return namesByUsername.getOrDefault(username, username);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.log"));
    }
}
