package se.fou.oj;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.fou.oj.base.security.AppUserPrincipal;

/**
 * Base of the Karibu UI tests: the real views with the real Spring services on the shared embedded database.
 * Karibu runs no servlet filters, so a login sets both Spring Security's context and the fake request's principal.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("se.fou.oj");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Answers yes to the open confirmation with the given id (what cannot be undone asks first), returning it. */
    protected static ConfirmDialog confirm(String dialogId) {
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class, s -> s.withId(dialogId));
        ConfirmDialogKt._fireConfirm(dialog);
        return dialog;
    }

    /** The texts of the notifications now shown, oldest first: what the user was told happened. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text")).toList();
    }

    /** Logs the demo user in for the UI, as the login form would. */
    protected AppUserPrincipal login(String username) {
        AppUserPrincipal principal = loginAs(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((p, role) -> principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return principal;
    }
}
