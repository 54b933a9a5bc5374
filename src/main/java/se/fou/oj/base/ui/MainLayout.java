package se.fou.oj.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.navigation.CycleDirectory;
import se.fou.oj.base.navigation.MainMenu;
import se.fou.oj.base.i18n.UiLocaleInitializer;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;

/** The frame around every screen: the product name, the navigation for the user's role, who is logged in. */
public class MainLayout extends AppLayout {

    private static final String MAIN_CONTENT = "main-content";
    private static final int OPEN_CYCLE_LIST_UP_TO = 8;

    public MainLayout(AuthenticationContext authenticationContext, PasswordDialog passwordDialog, CycleDirectory cycles) {
        AppUserPrincipal user = CurrentUser.find().orElse(null);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        Span who = new Span(user == null ? "" : user.displayName() + " · " + getTranslation(user.role().labelKey())
                + (user.municipalityName() == null ? "" : " · " + user.municipalityName()));
        who.setId("current-user");
        who.addClassNames("current-user", "wide-only");

        Button language = new Button(getTranslation("layout.otherLanguage"), e -> switchLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("wide-only");

        Button password = new Button(getTranslation("password.title"), VaadinIcon.KEY.create(),
                e -> passwordDialog.open());
        password.setId("change-password");
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setVisible(user != null);
        password.addClassName("wide-only");

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("wide-only");

        HorizontalLayout header = new HorizontalLayout(skipToContent(), toggle, title, who, language, password, logout,
                userMenu(user, authenticationContext, passwordDialog));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation(user, cycles), accessibilityFooter());
        setPrimarySection(Section.DRAWER);
    }

    /**
     * WCAG 2.4.1 (bypass blocks): the first stop of the keyboard, shown only when focused, moves the focus past the
     * header and the menu to the page's own content. A plain in-page link would be taken by the router, so the link
     * moves the focus itself, to the content's first control.
     */
    private Anchor skipToContent() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, getTranslation("layout.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.querySelector('[data-main-content]');"
                + " const first = main && main.querySelector('a[href], button:not([disabled]), input:not([disabled]),"
                + " textarea:not([disabled]), select:not([disabled]), vaadin-button:not([disabled]), vaadin-text-field,"
                + " vaadin-text-area, [tabindex=\"0\"]');"
                + " if (first) { first.focus(); first.scrollIntoView({block: 'nearest'}); } })");
        return skip;
    }

    /**
     * The page's own content is where the skip link lands, on its first control. No tabindex on it: -1 on a component
     * with its own shadow tree would take everything inside out of the Tab order.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("data-main-content", true);
        }
    }

    /**
     * On a narrow screen (a phone) the header has no room for the name and its three buttons: one menu carries them
     * there, and the theme shows either the buttons or the menu by the screen's width.
     */
    private MenuBar userMenu(AppUserPrincipal user, AuthenticationContext authenticationContext,
                             PasswordDialog passwordDialog) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("narrow-only");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = user == null ? getTranslation("layout.menu") : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        MenuItem root = menu.addItem(avatar);
        root.setId("user-menu-open");
        root.setAriaLabel(getTranslation("layout.userMenu", name));
        SubMenu items = root.getSubMenu();
        if (user != null) {
            MenuItem who = items.addItem(user.displayName() + " · " + getTranslation(user.role().labelKey())
                    + (user.municipalityName() == null ? "" : " · " + user.municipalityName()));
            who.setId("user-menu-name");
            who.setEnabled(false);
        }
        items.addItem(getTranslation("layout.otherLanguage"), e -> switchLanguage()).setId("user-menu-language");
        if (user != null) {
            items.addItem(getTranslation("password.title"), e -> passwordDialog.open())
                    .setId("user-menu-password");
        }
        items.addItem(getTranslation("layout.logout"), e -> authenticationContext.logout()).setId("user-menu-logout");
        return menu;
    }

    /**
     * The features' own menu entries ({@code @Menu} on their views, only those the user may open), with the cycles one
     * can reach after the top entries and the administration's pages grouped at the end.
     */
    private SideNav navigation(AppUserPrincipal user, CycleDirectory cycles) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        entries.stream().filter(e -> !isAdministration(e)).forEach(e -> nav.addItem(item(e)));
        List<CycleDirectory.Entry> reachable = user == null ? List.of() : cycles.reachable();
        if (!reachable.isEmpty()) {
            // The cycles one can reach, newest first: the way into a cycle's pages from anywhere
            SideNavItem group = new SideNavItem(getTranslation("nav.cycles"));
            group.setId("nav-cycles");
            group.setPrefixComponent(VaadinIcon.CALENDAR_O.create());
            for (CycleDirectory.Entry cycle : reachable) {
                SideNavItem item = new SideNavItem(cycle.title(), cycle.href());
                item.setId("nav-cycle-" + cycle.id());
                group.addItem(item);
            }
            // Open while the list is short; a long list (years of cycles) stays one stop for the keyboard until opened
            group.setExpanded(reachable.size() <= OPEN_CYCLE_LIST_UP_TO);
            nav.addItem(group);
        }
        List<MenuEntry> administration = entries.stream().filter(MainLayout::isAdministration).toList();
        if (user != null && !administration.isEmpty()) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setPrefixComponent(VaadinIcon.COG.create());
            administration.forEach(e -> admin.addItem(item(e)));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
        return nav;
    }

    private static boolean isAdministration(MenuEntry entry) {
        return entry.order() != null && entry.order() >= MainMenu.ADMINISTRATION;
    }

    /** One feature's entry; the address without the leading slash, as the router's own links write it. */
    private SideNavItem item(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), path);
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    /** At the foot of the drawer on every screen, as the law asks: the accessibility statement. */
    private Footer accessibilityFooter() {
        RouterLink statement = new RouterLink(getTranslation("accessibility.link"), AccessibilityStatementView.class);
        statement.setId("accessibility-link");
        Footer footer = new Footer(statement);
        footer.addClassName("drawer-footer");
        footer.getStyle().set("padding", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        return footer;
    }

    private void switchLanguage() {
        Locale next = Messages.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? Messages.SWEDISH : Messages.ENGLISH;
        VaadinSession.getCurrent().setAttribute(UiLocaleInitializer.SESSION_LOCALE, next);
        UI.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }
}
