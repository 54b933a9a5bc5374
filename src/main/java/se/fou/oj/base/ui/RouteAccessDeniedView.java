package se.fou.oj.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a logged-in user opens a screen their role may not use (e.g. a municipal contact on the admin pages). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public RouteAccessDeniedView() {
        super("access-denied", "error.accessDenied.title", "error.accessDenied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
