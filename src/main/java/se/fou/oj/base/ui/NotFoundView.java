package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.start.ui.StartView;

/** Shown when something asked for does not exist, e.g. a cycle id typed into the address bar. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final Paragraph text = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        add(new H2(getTranslation("error.notFound.title")), text, new RouterLink(getTranslation("nav.start"), StartView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        text.setText(parameter.getCaughtException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
