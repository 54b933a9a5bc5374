package se.fou.oj.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import se.fou.oj.base.audit.SecurityAudit;
import se.fou.oj.base.security.CurrentUser;

/** Shown when a logged-in user opens a screen their role may not use (e.g. a municipal contact on the admin pages). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final SecurityAudit securityAudit;

    public RouteAccessDeniedView(SecurityAudit securityAudit) {
        super("access-denied", "error.accessDenied.title", "error.accessDenied.text");
        this.securityAudit = securityAudit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // A logged-in user refused a screen is audited; a visitor not logged in is sent to the login page instead
        CurrentUser.find().ifPresent(user -> securityAudit.pathDenied(user, "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
