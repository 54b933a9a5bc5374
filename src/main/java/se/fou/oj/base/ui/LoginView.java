package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The Swedish login page. A failed login returns here with {@code ?error}; a locked account gets its own message. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();

    public LoginView() {
        setId("login-view");
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        loginForm.setId("login-form");
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n(getTranslation("login.error.message")));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph lead = new Paragraph(getTranslation("login.lead"));
        lead.addClassName("login-lead");
        // Readable without an account: the law asks that anyone can find the statement and report a problem
        RouterLink accessibility = new RouterLink(getTranslation("accessibility.link"), AccessibilityStatementView.class);
        accessibility.setId("accessibility-link");
        add(title, lead, loginForm, accessibility);
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            String message = lastFailureWasLock() ? getTranslation("login.error.locked") : getTranslation("login.error.message");
            loginForm.setI18n(i18n(message));
            loginForm.setError(true);
        }
    }

    /** Spring Security leaves the failed login's exception in the HTTP session. */
    private static boolean lastFailureWasLock() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }
}
