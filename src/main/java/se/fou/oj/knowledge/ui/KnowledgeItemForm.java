package se.fou.oj.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeItemDraft;
import se.fou.oj.knowledge.KnowledgeService;

/** A new or edited knowledge item: the reference (authors, year, title, publisher, link) and a short summary. */
@NamedInterface("ui")
public class KnowledgeItemForm extends Dialog {

    public KnowledgeItemForm(KnowledgeService service, KnowledgeItem existing, Consumer<KnowledgeItem> onSaved) {
        setId("knowledge-form");
        setHeaderTitle(getTranslation(existing == null ? "knowledge.new" : "knowledge.edit"));
        setWidth("44rem");
        TextField authors = new TextField(getTranslation("knowledge.authors"));
        authors.setMaxLength(TextLimit.REFERENCE.max());
        authors.setId("knowledge-authors");
        authors.setHelperText(getTranslation("knowledge.authors.help"));
        IntegerField year = new IntegerField(getTranslation("knowledge.year"));
        year.setId("knowledge-year");
        TextField title = new TextField(getTranslation("knowledge.title"));
        title.setMaxLength(TextLimit.REFERENCE.max());
        title.setId("knowledge-title");
        TextField publisher = new TextField(getTranslation("knowledge.publisher"));
        publisher.setMaxLength(TextLimit.TITLE.max());
        publisher.setId("knowledge-publisher");
        TextField link = new TextField(getTranslation("knowledge.link"));
        link.setMaxLength(TextLimit.REFERENCE.max());
        link.setId("knowledge-link");
        TextArea summary = new TextArea(getTranslation("knowledge.summary"));
        summary.setMaxLength(TextLimit.TEXT.max());
        summary.setId("knowledge-summary");
        summary.setMinHeight("8rem");
        if (existing != null) {
            authors.setValue(existing.authors());
            year.setValue(existing.year());
            title.setValue(existing.title());
            publisher.setValue(existing.publisher() == null ? "" : existing.publisher());
            link.setValue(existing.link() == null ? "" : existing.link());
            summary.setValue(existing.summary());
        }
        Div errors = new Div();
        errors.setId("knowledge-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(authors, year, title, publisher, link, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(link, 2);
        add(form, errors);
        RequiredFields required = new RequiredFields(authors, title, summary);
        Button save = new Button(getTranslation("action.save"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            try {
                KnowledgeItemDraft draft = new KnowledgeItemDraft(authors.getValue(), year.getValue(), title.getValue(),
                        publisher.getValue(), link.getValue(), summary.getValue());
                KnowledgeItem saved = existing == null ? service.create(draft) : service.update(existing.id(), draft);
                close();
                Notifications.success(getTranslation("feedback.knowledge.saved", saved.title()));
                onSaved.accept(saved);
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("knowledge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
