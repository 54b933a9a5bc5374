package se.fou.oj.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import se.fou.oj.base.NotFoundException;

/** Shown when something asked for does not exist, e.g. a cycle id typed into the address bar. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "error.notFound.title", "error.notFound");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        setText(parameter.getCaughtException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
