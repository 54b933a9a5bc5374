package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeService;
import se.fou.oj.knowledge.ui.KnowledgeItemForm;

/** Attaches a knowledge item (found by search, or added on the spot) to a development area, saying how it bears on it. */
class KnowledgeLinkDialog extends Dialog {

    KnowledgeLinkDialog(DevelopmentArea area, KnowledgeService service, Runnable onLinked) {
        setId("knowledge-link-dialog");
        setHeaderTitle(getTranslation("knowledge.linkTo", area.title()));
        setWidth("44rem");
        ComboBox<KnowledgeItem> item = new ComboBox<>(getTranslation("knowledge.item"));
        item.setId("knowledge-link-item");
        item.setItemLabelGenerator(i -> i.citation() + ": " + i.title());
        item.setItems(query -> service.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        item.setWidthFull();
        Button create = new Button(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                e -> new KnowledgeItemForm(service, null, item::setValue).open());
        create.setId("knowledge-link-new");
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        TextArea relevance = new TextArea(getTranslation("knowledge.relevance"));
        relevance.setMaxLength(TextLimit.TEXT.max());
        relevance.setId("knowledge-link-relevance");
        Div errors = new Div();
        errors.setId("knowledge-link-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(item, create, relevance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, errors);
        Button save = new Button(getTranslation("knowledge.link.save"), e -> {
            if (item.getValue() == null) {
                errors.setText(getTranslation("knowledge.error.chooseItem"));
                return;
            }
            try {
                service.link(item.getValue().id(), area.id(), relevance.getValue());
                close();
                onLinked.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("knowledge-link-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
