package se.fou.oj.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.fou.oj.base.navigation.MainMenu;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.region.Area;
import se.fou.oj.region.RegionService;

/** Administration of the areas (verksamhetsområden) that cycles are run for. */
@Route(value = "admin/areas", layout = MainLayout.class)
@Menu(order = MainMenu.ADMINISTRATION + 3, title = "nav.areas")
@RolesAllowed(Role.ADMIN_NAME)
public class AreasView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regionService;
    private final Grid<Area> grid = new Grid<>();

    public AreasView(RegionService regionService) {
        this.regionService = regionService;
        setId("areas-view");
        Button add = new Button(getTranslation("area.new"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("new-area");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("nav.areas")), add));
        grid.setId("areas-grid");
        grid.addColumn(Area::name).setHeader(getTranslation("area.name")).setKey("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("user.status")).setKey("status");
        grid.addItemClickListener(e -> openForm(e.getItem()));
        add(grid);
        refresh();
    }

    private void openForm(Area existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "area.new" : "area.edit"));
        dialog.setId("area-form");
        TextField name = new TextField(getTranslation("area.name"));
        name.setMaxLength(TextLimit.NAME.max());
        name.setId("area-name");
        name.setWidthFull();
        Checkbox active = new Checkbox(getTranslation("status.active"), existing == null || existing.active());
        active.setId("area-active");
        Div errors = new Div();
        errors.setId("area-errors");
        errors.addClassName("error-text");
        if (existing != null) {
            name.setValue(existing.name());
        }
        dialog.add(new FormLayout(name, active), errors);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                regionService.saveArea(existing == null ? null : existing.id(), name.getValue(), active.getValue());
                dialog.close();
                Notifications.success(getTranslation("feedback.area.saved", name.getValue().trim()));
                refresh();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(regionService.areas());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.areas"));
    }
}
