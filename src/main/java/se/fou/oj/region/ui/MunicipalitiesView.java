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
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/** Administration of the region's municipalities (name and municipal code). */
@Route(value = "admin/municipalities", layout = MainLayout.class)
@Menu(order = MainMenu.ADMINISTRATION + 2, title = "nav.municipalities")
@RolesAllowed(Role.ADMIN_NAME)
public class MunicipalitiesView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regionService;
    private final Grid<Municipality> grid = new Grid<>();

    public MunicipalitiesView(RegionService regionService) {
        this.regionService = regionService;
        setId("municipalities-view");
        Button add = new Button(getTranslation("municipality.new"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("new-municipality");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("nav.municipalities")), add));
        grid.setId("municipalities-grid");
        grid.addColumn(Municipality::name).setHeader(getTranslation("municipality.name")).setKey("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Municipality::code).setHeader(getTranslation("municipality.code")).setKey("code");
        grid.addColumn(m -> getTranslation(m.active() ? "status.active" : "status.inactive"))
                .setHeader(getTranslation("user.status")).setKey("status");
        grid.addItemClickListener(e -> openForm(e.getItem()));
        add(grid);
        refresh();
    }

    private void openForm(Municipality existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "municipality.new" : "municipality.edit"));
        dialog.setId("municipality-form");
        TextField name = new TextField(getTranslation("municipality.name"));
        name.setMaxLength(TextLimit.NAME.max());
        name.setId("municipality-name");
        TextField code = new TextField(getTranslation("municipality.code"));
        code.setId("municipality-code");
        code.setHelperText(getTranslation("municipality.code.help"));
        code.setMaxLength(4);
        Checkbox active = new Checkbox(getTranslation("status.active"), existing == null || existing.active());
        active.setId("municipality-active");
        Div errors = new Div();
        errors.setId("municipality-errors");
        errors.addClassName("error-text");
        if (existing != null) {
            name.setValue(existing.name());
            code.setValue(existing.code());
        }
        dialog.add(new FormLayout(name, code, active), errors);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                regionService.saveMunicipality(existing == null ? null : existing.id(), code.getValue(), name.getValue(),
                        active.getValue());
                dialog.close();
                Notifications.success(getTranslation("feedback.municipality.saved", name.getValue().trim()));
                refresh();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("municipality-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(regionService.municipalities());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("nav.municipalities"));
    }
}
