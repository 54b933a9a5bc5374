package se.fou.oj.developmentarea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.results.IndicatorRow;

/** A new development area: its title, the need behind it, the indicators it rests on (with their figures). */
public class DevelopmentAreaForm extends Dialog {

    public DevelopmentAreaForm(DevelopmentAreaService service, long cycleId, Long meetingId, List<IndicatorRow> indicators,
                               Runnable onSaved) {
        setId("development-area-form");
        setHeaderTitle(getTranslation("developmentArea.new"));
        setWidth("46rem");
        TextField title = new TextField(getTranslation("developmentArea.title"));
        title.setMaxLength(TextLimit.TITLE.max());
        title.setId("development-area-title");
        TextArea need = new TextArea(getTranslation("developmentArea.need"));
        need.setMaxLength(TextLimit.TEXT.max());
        need.setId("development-area-need");
        TextArea known = new TextArea(getTranslation("developmentArea.known"));
        known.setMaxLength(TextLimit.TEXT.max());
        known.setId("development-area-known");
        MultiSelectComboBox<IndicatorRow> codes = 
                ComponentTexts.multiSelect(new MultiSelectComboBox<>(getTranslation("developmentArea.indicators")));
        codes.setId("development-area-indicators");
        codes.setItems(indicators);
        codes.setItemLabelGenerator(row -> row.code() + " – " + row.text()
                + (row.average() == null ? "" : " (" + getTranslation("results.average") + " " + row.average().display() + ")"));
        Div errors = new Div();
        errors.setId("development-area-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(title, codes, need, known);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, errors);
        RequiredFields required = new RequiredFields(title, codes, need);
        Button save = new Button(getTranslation("action.save"), e -> {
            // Marked on the fields; the service still names every problem in the line below the form
            required.check();
            try {
                service.propose(cycleId, new DevelopmentAreaDraft(title.getValue(), need.getValue(), known.getValue(),
                        codes.getValue().stream().map(IndicatorRow::code).sorted().toList(), meetingId));
                close();
                Notifications.success(getTranslation("feedback.developmentArea.saved", title.getValue().trim()));
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("development-area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
