package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.meeting.AgendaItemDraft;
import se.fou.oj.meeting.AgendaTemplate;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;

/**
 * FoU edits a meeting's agenda: items in order with presenter and estimated minutes (the end time follows), from a
 * saved template if wanted; the agenda can be saved as a template itself. Notes already taken stay with their item.
 */
class AgendaEditor extends Dialog {

    private final List<AgendaItemDraft> items = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final Span total = new Span();

    AgendaEditor(MeetingService service, Meeting meeting, Runnable onSaved) {
        setId("agenda-editor");
        setHeaderTitle(getTranslation("meeting.agenda.edit"));
        setWidth("56rem");
        meeting.agenda().forEach(a -> items.add(new AgendaItemDraft(a.title(), a.presenter(), a.estimatedMinutes())));
        rows.setPadding(false);
        total.setId("agenda-total");
        ComboBox<AgendaTemplate> template = new ComboBox<>(getTranslation("meeting.agenda.template"));
        template.setId("agenda-template");
        template.setItems(service.agendaTemplates());
        template.setItemLabelGenerator(AgendaTemplate::name);
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                items.clear();
                items.addAll(e.getValue().items());
                render();
            }
        });
        Button add = new Button(getTranslation("meeting.agenda.add"), VaadinIcon.PLUS.create(), e -> {
            items.add(new AgendaItemDraft("", "", 15));
            render();
        });
        add.setId("agenda-add");
        Div errors = new Div();
        errors.setId("agenda-errors");
        errors.addClassName("error-text");
        TextField templateName = new TextField(getTranslation("meeting.agenda.templateName"));
        templateName.setMaxLength(TextLimit.NAME.max());
        templateName.setId("agenda-template-name");
        Button saveTemplate = new Button(getTranslation("meeting.agenda.saveTemplate"), e -> {
            try {
                service.saveAgendaAsTemplate(meeting.id(), templateName.getValue());
                Notifications.success(getTranslation("feedback.agenda.template", templateName.getValue().trim()));
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        saveTemplate.setId("agenda-save-template");
        HorizontalLayout templates = new HorizontalLayout(template, templateName, saveTemplate);
        templates.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(templates, rows, add, total, errors);
        render();

        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.updateAgenda(meeting.id(), List.copyOf(items));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        save.setId("agenda-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            AgendaItemDraft item = items.get(i);
            TextField title = new TextField();
            title.setMaxLength(TextLimit.TITLE.max());
            title.setId("agenda-title-" + (i + 1));
            title.setValue(item.title());
            title.setPlaceholder(getTranslation("meeting.title"));
            title.setWidth("22rem");
            TextField presenter = new TextField();
            presenter.setMaxLength(TextLimit.NAME.max());
            presenter.setValue(item.presenter() == null ? "" : item.presenter());
            presenter.setPlaceholder(getTranslation("meeting.agenda.presenter"));
            IntegerField minutes = new IntegerField();
            minutes.setId("agenda-minutes-" + (i + 1));
            minutes.setValue(item.estimatedMinutes());
            minutes.setWidth("6rem");
            minutes.setSuffixComponent(new Span("min"));
            Runnable update = () -> {
                items.set(index, new AgendaItemDraft(title.getValue(), presenter.getValue(),
                        minutes.getValue() == null ? 0 : minutes.getValue()));
                updateTotal();
            };
            title.addValueChangeListener(e -> update.run());
            presenter.addValueChangeListener(e -> update.run());
            minutes.addValueChangeListener(e -> update.run());
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
            down.setEnabled(i < items.size() - 1);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                items.remove(index);
                render();
            });
            remove.setId("agenda-remove-" + (i + 1));
            for (Button b : new Button[] {up, down, remove}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            up.setAriaLabel(getTranslation("meeting.agenda.up"));
            down.setAriaLabel(getTranslation("meeting.agenda.down"));
            remove.setAriaLabel(getTranslation("action.remove"));
            HorizontalLayout row = new HorizontalLayout(new Span((i + 1) + "."), title, presenter, minutes, up, down, remove);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            rows.add(row);
        }
        updateTotal();
    }

    private void move(int index, int step) {
        AgendaItemDraft item = items.remove(index);
        items.add(index + step, item);
        render();
    }

    private void updateTotal() {
        total.setText(getTranslation("meeting.agenda.total", items.stream().mapToInt(AgendaItemDraft::estimatedMinutes).sum()));
    }
}
