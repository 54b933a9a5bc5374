package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.Municipality;
import se.fou.oj.user.UserAccount;
import se.fou.oj.base.ui.ComponentTexts;

/** Action items: what, who (a person or a municipality), by when; overdue ones are marked. */
class ActionItemsSection extends VerticalLayout {

    ActionItemsSection(Meeting meeting, MinutesService minutes, List<UserAccount> users, List<Municipality> region,
                       boolean editable, Runnable onChanged) {
        setPadding(false);
        Grid<Meeting.ActionItem> grid = new Grid<>();
        grid.setId("action-items-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Meeting.ActionItem::text).setHeader(getTranslation("minutes.actionItem")).setKey("text").setFlexGrow(2);
        grid.addColumn(Meeting.ActionItem::owner).setHeader(getTranslation("minutes.owner")).setKey("owner").setAutoWidth(true);
        grid.addColumn(a -> a.dueDate().toString() + (a.overdue(LocalDate.now(UiClock.get())) ? " · " + getTranslation("minutes.overdue") : "")
                + (a.doneAt() != null ? " · " + getTranslation("minutes.done") : ""))
                .setHeader(getTranslation("minutes.due")).setKey("due").setAutoWidth(true)
                .setPartNameGenerator(a -> a.overdue(LocalDate.now(UiClock.get())) ? "overdue" : null);
        grid.setItems(meeting.actionItems());
        grid.setAllRowsVisible(true);
        add(grid);
        if (!editable) {
            return;
        }
        TextField text = new TextField(getTranslation("minutes.actionItem"));
        text.setMaxLength(TextLimit.TEXT.max());
        text.setId("action-text");
        text.setWidth("22rem");
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("minutes.owner.person"));
        person.setId("action-owner-person");
        person.setItems(users);
        person.setItemLabelGenerator(MeetingForm::label);
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("minutes.owner.municipality"));
        municipality.setId("action-owner-municipality");
        municipality.setItems(region);
        municipality.setItemLabelGenerator(Municipality::name);
        DatePicker due = ComponentTexts.datePicker(new DatePicker(getTranslation("minutes.due")));
        due.setId("action-due");
        Div errors = new Div();
        errors.addClassName("error-text");
        errors.setId("action-errors");
        Button add = new Button(getTranslation("minutes.actionItem.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                minutes.addActionItem(meeting.id(), text.getValue(), person.getValue() == null ? null : person.getValue().id(),
                        municipality.getValue() == null ? null : municipality.getValue().id(), due.getValue());
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        add.setId("action-add");
        HorizontalLayout form = new HorizontalLayout(text, person, municipality, due, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form, errors);
    }
}
