package se.fou.oj.developmentarea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.results.IndicatorRow;

/** Development areas as cards: title, status, the need, the indicators with their averages, and FoU's next steps. */
public class DevelopmentAreaList extends VerticalLayout {

    public DevelopmentAreaList(List<DevelopmentArea> areas, Map<String, IndicatorRow> indicators, DevelopmentAreaService service,
                               boolean fou, Runnable onChanged) {
        setPadding(false);
        setId("development-areas");
        long active = areas.stream().filter(a -> a.status() != DevelopmentArea.Status.DROPPED).count();
        if (active < DevelopmentArea.EXPECTED_AT_LEAST) {
            Paragraph hint = new Paragraph(getTranslation("developmentArea.atLeast", DevelopmentArea.EXPECTED_AT_LEAST, active));
            hint.setId("development-areas-hint");
            hint.addClassName("info-box");
            add(hint);
        }
        for (DevelopmentArea area : areas) {
            Div card = new Div();
            card.addClassName("development-area");
            card.setId("development-area-" + area.id());
            Span status = new Span(getTranslation(area.status().labelKey()));
            status.addClassNames("badge", "badge-info");
            HorizontalLayout head = new HorizontalLayout(new H4(area.title()), status);
            head.setAlignItems(Alignment.BASELINE);
            card.add(head, new Paragraph(getTranslation("developmentArea.need") + ": " + area.need()));
            if (area.alreadyKnown() != null) {
                card.add(new Paragraph(getTranslation("developmentArea.knownLabel") + ": " + area.alreadyKnown()));
            }
            String figures = String.join("; ", area.indicatorCodes().stream().map(code -> {
                IndicatorRow row = indicators.get(code);
                return row == null ? code : code + " " + row.text() + (row.average() == null ? "" : " – " + row.average().display());
            }).toList());
            Paragraph indicatorLine = new Paragraph(getTranslation("developmentArea.indicators") + ": " + figures);
            indicatorLine.addClassName("muted");
            card.add(indicatorLine);
            if (area.dropReason() != null) {
                card.add(new Paragraph(getTranslation("developmentArea.dropReason") + ": " + area.dropReason()));
            }
            if (fou && (area.status() == DevelopmentArea.Status.PROPOSED || area.status() == DevelopmentArea.Status.SELECTED)) {
                card.add(actions(area, service, onChanged));
            }
            add(card);
        }
    }

    private HorizontalLayout actions(DevelopmentArea area, DevelopmentAreaService service, Runnable onChanged) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        if (area.status() == DevelopmentArea.Status.PROPOSED) {
            Button select = new Button(getTranslation("developmentArea.select"), e -> {
                service.select(area.id());
                Notifications.success(getTranslation("feedback.developmentArea.selected", area.title()));
                onChanged.run();
            });
            select.setId("select-area-" + area.id());
            select.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(select);
        }
        if (area.status() == DevelopmentArea.Status.SELECTED) {
            Button close = new Button(getTranslation("developmentArea.close"), e -> {
                service.close(area.id());
                onChanged.run();
            });
            close.setId("close-area-" + area.id());
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(close);
        }
        TextField reason = new TextField();
        reason.setMaxLength(TextLimit.TEXT.max());
        reason.setPlaceholder(getTranslation("developmentArea.dropReason"));
        reason.setId("drop-reason-" + area.id());
        reason.setErrorMessage(getTranslation("developmentArea.error.reason"));
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        Button drop = new Button(getTranslation("developmentArea.drop"), e -> {
            if (reason.getValue().isBlank()) {
                // Marked on the field itself: dropping an area always says why
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                service.drop(area.id(), reason.getValue());
                Notifications.success(getTranslation("feedback.developmentArea.dropped", area.title()));
                onChanged.run();
            } catch (ValidationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        drop.setId("drop-area-" + area.id());
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(reason, drop);
        return actions;
    }
}
