package se.fou.oj.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses the current user: a plain Swedish message instead of a stack trace. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "error.accessDenied.title", "error.accessDenied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
