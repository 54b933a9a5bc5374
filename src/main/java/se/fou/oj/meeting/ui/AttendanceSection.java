package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.meeting.JobFunction;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.region.Municipality;

/** Attendance per municipality and FoU, and what a result meeting still lacks. */
class AttendanceSection extends VerticalLayout {

    /** "FoU" in the municipality choice: a person of the R&D unit itself. */
    private static final Municipality FOU = new Municipality(-1, "", "FoU", true);

    AttendanceSection(Meeting meeting, MinutesService minutes, List<Municipality> region, boolean editable, Runnable onChanged) {
        setPadding(false);
        List<String> missing = minutes.missingAtResultMeeting(meeting.id());
        if (!missing.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("attendance-missing");
            list.addClassName("warning");
            missing.forEach(m -> list.add(new ListItem(m)));
            add(list);
        }
        Grid<Meeting.Attendance> grid = new Grid<>();
        grid.setId("attendance-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> a.municipalityName() == null ? "FoU" : a.municipalityName()).setHeader(getTranslation("minutes.for"))
                .setKey("for").setAutoWidth(true);
        grid.addColumn(Meeting.Attendance::personName).setHeader(getTranslation("minutes.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.function().labelKey())).setHeader(getTranslation("minutes.function"))
                .setKey("function").setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.present() ? "minutes.present.yes" : "minutes.present.no"))
                .setHeader(getTranslation("minutes.present")).setKey("present").setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(a -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    minutes.removeAttendance(meeting.id(), a.id());
                    onChanged.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("action.remove"));
                return remove;
            }).setKey("remove").setAutoWidth(true);
        }
        grid.setItems(meeting.attendance());
        grid.setAllRowsVisible(true);
        add(grid);
        if (!editable) {
            return;
        }
        TextField name = new TextField(getTranslation("minutes.name"));
        name.setMaxLength(TextLimit.NAME.max());
        name.setId("attendance-name");
        ComboBox<Municipality> side = new ComboBox<>(getTranslation("minutes.for"));
        side.setId("attendance-for");
        side.setItems(Stream.concat(region.stream(), Stream.of(FOU)).toList());
        side.setItemLabelGenerator(Municipality::name);
        ComboBox<JobFunction> function = new ComboBox<>(getTranslation("minutes.function"));
        function.setId("attendance-function");
        function.setItems(Arrays.asList(JobFunction.values()));
        function.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        Checkbox present = new Checkbox(getTranslation("minutes.present.yes"), true);
        present.setId("attendance-present");
        Div errors = new Div();
        errors.addClassName("error-text");
        errors.setId("attendance-errors");
        Button add = new Button(getTranslation("minutes.attendance.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                Municipality chosen = side.getValue();
                minutes.addAttendance(meeting.id(), name.getValue(),
                        chosen == null || chosen == FOU ? null : chosen.id(), function.getValue(), present.getValue());
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        add.setId("attendance-add");
        HorizontalLayout form = new HorizontalLayout(name, side, function, present, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form, errors);
    }
}
