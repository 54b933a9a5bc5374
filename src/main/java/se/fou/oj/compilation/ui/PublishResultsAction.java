package se.fou.oj.compilation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.compilation.CompilationService;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.ui.ResultsPageExtension;

/** The results page's "publish": publishing the results is publishing the compilation's first version. */
@org.springframework.stereotype.Component
class PublishResultsAction implements ResultsPageExtension {

    private final CompilationService compilationService;

    PublishResultsAction(CompilationService compilationService) {
        this.compilationService = compilationService;
    }

    @Override
    public List<Component> fouActions(Cycle cycle, Runnable refresh) {
        if (!cycle.hasResults() || cycle.resultsPublished()) {
            return List.of();
        }
        Button publish = new Button();
        publish.setText(publish.getTranslation("results.publish"));
        publish.setIcon(VaadinIcon.GLOBE.create());
        publish.addClickListener(e -> confirmPublish(publish, cycle, refresh));
        publish.setId("publish-results");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return List.of(publish);
    }

    private void confirmPublish(Component source, Cycle cycle, Runnable refresh) {
        ConfirmDialog dialog = new ConfirmDialog(source.getTranslation("results.publish.title"),
                source.getTranslation("results.publish.text", cycle.title()), source.getTranslation("results.publish"), e -> {
                    try {
                        // One act, one record: the compilation's first version is what makes the results public
                        compilationService.publish(cycle.id());
                        Notifications.success(source.getTranslation("results.published"));
                        refresh.run();
                    } catch (ValidationException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
        dialog.setId("publish-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("action.cancel"));
        dialog.open();
    }
}
