package se.fou.oj.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import se.fou.oj.base.navigation.MainMenu;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserService;

/** Administration of users: create, edit, deactivate and unlock. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(order = MainMenu.ADMINISTRATION + 1, title = "nav.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final RegionService regionService;
    private static final DateTimeFormatter LAST_LOGIN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Grid<UserAccount> grid = new Grid<>();
    private Map<String, LocalDateTime> lastLogins = Map.of();

    public UsersView(UserService userService, RegionService regionService) {
        this.userService = userService;
        this.regionService = regionService;
        setId("users-view");
        Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("new-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("nav.users")), add));

        grid.setId("users-grid");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.displayName")).setSortable(true).setKey("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setSortable(true).setKey("username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("user.role")).setKey("role")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.municipalityName() == null ? "" : u.municipalityName())
                .setHeader(getTranslation("user.municipality")).setKey("municipality").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::statusText).setHeader(getTranslation("user.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> lastLogins.containsKey(u.username()) ? LAST_LOGIN.format(lastLogins.get(u.username())) : "–")
                .setHeader(getTranslation("user.lastLogin")).setKey("lastLogin").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button edit = new Button(getTranslation("action.edit"), e -> openForm(u));
            edit.setId("edit-user-" + u.username());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit);
            if (userService.isLocked(u)) {
                Button unlock = new Button(getTranslation("user.unlock"), e -> {
                    userService.unlock(u.id());
                    Notifications.success(getTranslation("user.unlocked", u.displayName()));
                    refresh();
                });
                unlock.setId("unlock-user-" + u.username());
                unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(unlock);
            }
            return actions;
        }).setAutoWidth(true).setKey("actions");
        add(grid);
        setSizeFull();
        refresh();
    }

    private String statusText(UserAccount user) {
        if (!user.active()) {
            return getTranslation("user.status.inactive");
        }
        return userService.isLocked(user) ? getTranslation("user.status.locked") : getTranslation("user.status.active");
    }

    private void openForm(UserAccount existing) {
        new UserForm(userService, regionService.municipalities(), existing, this::refresh).open();
    }

    private void refresh() {
        lastLogins = userService.lastSuccessfulLogins();
        grid.setItems(userService.users());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.users"));
    }
}
