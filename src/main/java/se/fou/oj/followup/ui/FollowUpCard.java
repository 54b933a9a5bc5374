package se.fou.oj.followup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.LocalDraftBackup;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.followup.FollowUp;
import se.fou.oj.followup.FollowUpService;
import se.fou.oj.meeting.MeetingRoutes;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.SubmissionRoutes;

/**
 * One follow-up: what it covers, its meeting, where the municipalities' answers stand, and the report's sections.
 * FoU writes the sections (saved as typed, with a browser copy until saved); everybody else reads what is written.
 */
class FollowUpCard extends Div {

    private final Map<FollowUp.Section, LocalDraftBackup> backups = new HashMap<>();

    FollowUpCard(FollowUp followUp, Optional<Request> request, String requestStatus, AppUserPrincipal user,
                 FollowUpService service) {
        addClassName("development-area");
        setId("follow-up-" + followUp.id());
        add(new H3(followUp.title()));
        add(new Paragraph(getTranslation("followUp.covers") + ": " + followUp.covers()));
        if (followUp.meetingId() != null) {
            add(new Div(new Anchor(MeetingRoutes.meeting(followUp.meetingId()), getTranslation("followUp.meetingLink"))));
        }
        request.ifPresent(r -> {
            Span status = new Span(requestStatus);
            status.setId("follow-up-request-" + followUp.id());
            status.addClassName("muted");
            String link = user.role() == Role.MUNICIPAL_CONTACT && user.municipalityCode() != null
                    ? SubmissionRoutes.submission(r.id(), user.municipalityCode())
                    : SubmissionRoutes.requests(r.cycleId());
            Anchor answer = new Anchor(link,
                    getTranslation(user.role() == Role.MUNICIPAL_CONTACT ? "followUp.answerLink" : "followUp.requestLink"));
            answer.setId("follow-up-request-link-" + followUp.id());
            add(new Div(status, new Span(" · "), answer));
        });
        boolean fou = user.hasRole(Role.FOU);
        if (!fou && followUp.sections().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("followUp.notWritten") + " "
                    + getTranslation("followUp.notWritten.when"));
            none.addClassName("muted");
            add(none);
        }
        for (FollowUp.Section section : FollowUp.Section.values()) {
            String text = followUp.sections().get(section);
            if (fou) {
                add(sectionEditor(followUp, section, text, service));
            } else if (text != null) {
                Paragraph shown = new Paragraph(text);
                shown.setId("follow-up-" + followUp.id() + "-" + section.name());
                add(new H4(getTranslation(section.labelKey())), shown);
            }
        }
    }

    private Div sectionEditor(FollowUp followUp, FollowUp.Section section, String text, FollowUpService service) {
        TextArea area = new TextArea(getTranslation(section.labelKey()));
        area.setMaxLength(TextLimit.TEXT.max());
        area.setId("follow-up-" + followUp.id() + "-" + section.name());
        area.setWidthFull();
        area.setValue(text == null ? "" : text);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(800);
        LocalDraftBackup backup = new LocalDraftBackup(area, "followUp:" + followUp.id() + ":" + section.name(),
                () -> save(followUp, section, area.getValue(), service));
        backups.put(section, backup);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(followUp, section, e.getValue(), service);
            }
        });
        return new Div(backup, area);
    }

    private void save(FollowUp followUp, FollowUp.Section section, String text, FollowUpService service) {
        try {
            service.saveSection(followUp.id(), section, text);
            backups.get(section).saved(text);
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
