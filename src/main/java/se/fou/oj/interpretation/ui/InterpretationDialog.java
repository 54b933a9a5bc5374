package se.fou.oj.interpretation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.interpretation.InterpretationVersion;
import se.fou.oj.user.ui.PersonName;

/**
 * The agreed reading of an indicator, one click from wherever the indicator is shown: the current version, its term
 * definitions, when and where it was agreed, and every earlier version.
 */
@NamedInterface("ui")
public class InterpretationDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public InterpretationDialog(InterpretationService service, long cycleId, String code, String indicatorText) {
        setId("interpretation-dialog");
        setHeaderTitle(getTranslation("interpretation.dialog.title", code));
        setWidth("42rem");
        Paragraph indicator = new Paragraph(indicatorText);
        indicator.addClassName("muted");
        add(indicator);
        List<InterpretationVersion> history = service.history(cycleId, code);
        if (history.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("interpretation.none"));
            none.setId("interpretation-none");
            add(none);
        } else {
            InterpretationVersion current = history.get(history.size() - 1);
            add(version(current, true));
            if (history.size() > 1 || !current.confirmations().isEmpty()) {
                add(new H4(getTranslation("interpretation.history")));
                for (int i = history.size() - 1; i >= 0; i--) {
                    add(historyLine(history.get(i)));
                }
            }
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("interpretation-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    static Div version(InterpretationVersion version, boolean current) {
        Div box = new Div();
        box.addClassName("interpretation");
        Paragraph reading = new Paragraph(version.reading());
        reading.setId(current ? "interpretation-reading" : "interpretation-reading-v" + version.versionNo());
        reading.addClassName("interpretation-reading");
        box.add(reading);
        if (version.definitions() != null) {
            Paragraph definitions = new Paragraph(box.getTranslation("interpretation.definitions") + ": " + version.definitions());
            definitions.setId(current ? "interpretation-definitions" : null);
            box.add(definitions);
        }
        Span meta = new Span(box.getTranslation("interpretation.agreedMeta", version.versionNo(), DATE.format(version.agreedOn()),
                String.valueOf(version.cycleYear()), PersonName.of(version.createdBy()))
                + (version.meetingNote() == null ? "" : " · " + version.meetingNote()));
        meta.addClassName("muted");
        box.add(meta);
        if (version.meeting() != null) {
            box.add(meetingLink(version, current ? "interpretation-meeting-link" : "interpretation-meeting-link-v" + version.versionNo()));
        }
        return box;
    }

    /** "Överenskommen vid: <the meeting>", a link to the meeting it came from. */
    static Paragraph meetingLink(InterpretationVersion version, String id) {
        Paragraph line = new Paragraph();
        line.setId(id);
        line.addClassName("muted");
        Anchor link = new Anchor(
                "meetings/" + version.meeting().id(), version.meeting().title() + " (" + DATE.format(version.meeting().startsAt()) + ")");
        line.add(new Span(line.getTranslation("interpretation.agreedAt") + " "), link);
        return line;
    }

    private Div historyLine(InterpretationVersion version) {
        Div line = new Div();
        line.addClassName("interpretation-history");
        line.add(new Span(VaadinIcon.CLOCK.create()), new Span(" " + getTranslation("interpretation.versionLine",
                version.versionNo(), DATE.format(version.agreedOn()), version.reading())));
        if (version.meeting() != null) {
            line.add(meetingLink(version, "interpretation-history-meeting-v" + version.versionNo()));
        } else if (version.meetingNote() != null) {
            Paragraph note = new Paragraph(getTranslation("interpretation.agreedAt") + " " + version.meetingNote());
            note.addClassName("muted");
            line.add(note);
        }
        for (InterpretationVersion.Confirmation confirmation : version.confirmations()) {
            Paragraph confirmed = new Paragraph(getTranslation("interpretation.confirmedLine",
                    String.valueOf(confirmation.cycleYear()), PersonName.of(confirmation.confirmedBy()), DATE.format(confirmation.confirmedAt())));
            confirmed.addClassName("muted");
            line.add(confirmed);
        }
        return line;
    }

    /** A small button with the indicator code that opens the dialog: how every screen shows an indicator's code. */
    public static Button codeButton(InterpretationService service, long cycleId, String code, String indicatorText) {
        Button button = new Button(code, e -> new InterpretationDialog(service, cycleId, code, indicatorText).open());
        button.setId("reading-" + code);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(button.getTranslation("interpretation.open"));
        return button;
    }
}
