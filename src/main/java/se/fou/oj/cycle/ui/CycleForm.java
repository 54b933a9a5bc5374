package se.fou.oj.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Year;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.RequiredFields;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;

/** Dialog in which FoU starts a new cycle: an area and a year. */
@NamedInterface("ui")
public class CycleForm extends Dialog {

    private final ComboBox<Area> area = new ComboBox<>();
    private final IntegerField year = new IntegerField();

    public CycleForm(CycleService cycleService, RegionService regionService, Consumer<Cycle> onCreated) {
        setId("cycle-form");
        setHeaderTitle(getTranslation("cycle.new.title"));
        area.setId("cycle-area");
        area.setLabel(getTranslation("cycle.area"));
        area.setItems(regionService.areas().stream().filter(Area::active).toList());
        area.setItemLabelGenerator(Area::name);
        area.setRequiredIndicatorVisible(true);
        year.setId("cycle-year");
        year.setLabel(getTranslation("cycle.year"));
        year.setValue(Year.now(UiClock.get()).getValue());
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        add(new FormLayout(area, year));

        RequiredFields required = new RequiredFields(area, year);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!required.check()) {
                return;
            }
            try {
                Cycle created = cycleService.createCycle(area.getValue() == null ? null : area.getValue().id(), year.getValue());
                close();
                Notifications.success(getTranslation("feedback.cycle.created", created.title()));
                onCreated.accept(created);
            } catch (ValidationException ex) {
                year.setInvalid(true);
                year.setErrorMessage(ex.getMessage());
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
