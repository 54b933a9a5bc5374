package se.fou.oj.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Swedish page for an address that matches no screen. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public RouteNotFoundView() {
        super("not-found", "error.notFound.title", "error.notFound");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
