package se.fou.oj.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.MainLayout;
import se.fou.oj.base.ui.PageTitles;
import se.fou.oj.knowledge.KnowledgeItem;
import se.fou.oj.knowledge.KnowledgeService;

/**
 * The knowledge base across cycles and areas: searchable, loaded page by page; a row opens its summary. FoU adds and
 * edits items; attaching them to a development area happens in the short analysis.
 */
@Route(value = "knowledge", layout = MainLayout.class)
@Menu(order = 2, icon = "vaadin:book", title = "nav.knowledge")
@PermitAll
public class KnowledgeView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<KnowledgeItem> grid = new Grid<>();
    private final TextField search = new TextField();

    public KnowledgeView(KnowledgeService service) {
        setId("knowledge-view");
        boolean fou = CurrentUser.require().hasRole(Role.FOU);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("knowledge.pageTitle")));
        header.setAlignItems(Alignment.BASELINE);
        if (fou) {
            Button add = new Button(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                    e -> new KnowledgeItemForm(service, null, saved -> grid.getDataProvider().refreshAll()).open());
            add.setId("new-knowledge");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            header.add(add);
        }
        add(header, new Paragraph(getTranslation("knowledge.lead")));

        search.setId("knowledge-search");
        search.setMaxLength(TextLimit.TITLE.max());
        search.setPlaceholder(getTranslation("knowledge.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("28rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search);

        grid.setId("knowledge-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(KnowledgeItem::authors).setHeader(getTranslation("knowledge.authors")).setFlexGrow(2);
        grid.addColumn(i -> i.year() == null ? "–" : String.valueOf(i.year())).setHeader(getTranslation("knowledge.year"))
                .setFlexGrow(0).setWidth("6rem");
        grid.addColumn(KnowledgeItem::title).setHeader(getTranslation("knowledge.title")).setFlexGrow(4);
        grid.addColumn(i -> i.publisher() == null ? "" : i.publisher()).setHeader(getTranslation("knowledge.publisher"))
                .setFlexGrow(2);
        if (fou) {
            grid.addComponentColumn(item -> {
                Button edit = new Button(getTranslation("action.edit"),
                        e -> new KnowledgeItemForm(service, item, saved -> grid.getDataProvider().refreshAll()).open());
                edit.setId("edit-knowledge-" + item.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Button delete = new Button(getTranslation("action.remove"), e -> confirmDelete(service, item));
                delete.setId("delete-knowledge-" + item.id());
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, delete);
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(item -> {
            Div details = new Div(new Paragraph(item.summary()));
            details.addClassName("knowledge-details");
            if (item.link() != null) {
                Anchor link = new Anchor(item.link(), item.link());
                link.setTarget("_blank");
                details.add(link);
            }
            return details;
        }));
        // Lazy: the knowledge base grows year by year and is searched in the database, a page at a time
        grid.setItems(query -> service.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(search.getValue()));
        grid.setHeight("32rem");
        add(grid);
    }

    private void confirmDelete(KnowledgeService service, KnowledgeItem item) {
        int links = service.linkCount(item.id());
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("knowledge.delete.title"),
                getTranslation("knowledge.delete.text", item.citation() + ": " + item.title(), links),
                getTranslation("action.remove"), e -> {
                    service.delete(item.id());
                    grid.getDataProvider().refreshAll();
                });
        dialog.setId("delete-knowledge-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("knowledge.pageTitle"));
    }
}
