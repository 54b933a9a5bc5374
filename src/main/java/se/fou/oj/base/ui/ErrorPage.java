package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import se.fou.oj.start.ui.StartView;

/** The look of every error page: a Swedish title, one sentence, and the way back to the start page. */
abstract class ErrorPage extends VerticalLayout {

    private final Paragraph text = new Paragraph();

    ErrorPage(String id, String titleKey, String textKey) {
        setId(id);
        text.setId(id + "-text");
        text.setText(getTranslation(textKey));
        add(new H2(getTranslation(titleKey)), text, new RouterLink(getTranslation("nav.start"), StartView.class));
    }

    void setText(String message) {
        text.setText(message);
    }
}
