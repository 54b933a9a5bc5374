package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The look of every error page: a Swedish title, one sentence, and the way back to the start page. */
abstract class ErrorPage extends VerticalLayout {

    private final Paragraph text = new Paragraph();

    ErrorPage(String id, String titleKey, String textKey) {
        setId(id);
        text.setId(id + "-text");
        text.setText(getTranslation(textKey));
        // The start page by its address (""): base links to no feature's view class
        add(new H2(getTranslation(titleKey)), text, new Anchor("", getTranslation("nav.start")));
    }

    void setText(String message) {
        text.setText(message);
    }
}
