package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Downloads;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingFormat;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;

/** The meeting's title, time and place, the calendar file, the user's answer, and FoU's move and cancel. */
class MeetingHeader extends VerticalLayout {

    MeetingHeader(Meeting meeting, MeetingService service, MinutesService minutes, Runnable onChanged) {
        setPadding(false);
        H2 title = new H2(meeting.title());
        title.setId("meeting-title-heading");
        Paragraph when = new Paragraph(getTranslation(meeting.kind().labelKey()) + " · " + MeetingFormat.when(meeting)
                + (meeting.place() == null ? "" : " · " + meeting.place())
                + (meeting.videoLink() == null ? "" : " · " + meeting.videoLink()));
        when.setId("meeting-when");
        Span status = new Span(getTranslation("meeting.status." + meeting.shownStatus(LocalDateTime.now(UiClock.get())).name()) + " · "
                + getTranslation("minutes.title") + ": " + getTranslation("minutes.status." + meeting.minutesStatus().name())
                + " (" + getTranslation("minutes.pdf.version", meeting.minutesVersion()) + ")");
        status.setId("meeting-status");
        status.addClassName("muted");
        add(title, when, status);

        HorizontalLayout actions = new HorizontalLayout();
        actions.add(Downloads.buttonForBytes("download-ics", getTranslation("meeting.calendarFile"), VaadinIcon.CALENDAR,
                "mote-" + meeting.id() + ".ics", "text/calendar", () -> service.calendarFile(meeting.id()).getBytes(StandardCharsets.UTF_8)));
        actions.add(Downloads.button("download-minutes", getTranslation("minutes.download"), VaadinIcon.FILE_TEXT_O,
                "protokoll-" + meeting.id() + ".pdf", Downloads.PDF, out -> minutes.writeMinutesPdf(meeting.id(), out)));
        AppUserPrincipal user = CurrentUser.require();
        boolean planned = meeting.status() == Meeting.Status.PLANNED;
        meeting.invitees().stream().filter(i -> planned && i.userId() == user.userId()).findFirst().ifPresent(me -> {
            Span answer = new Span(getTranslation("meeting.yourAnswer", getTranslation("meeting.response." + me.response().name())));
            answer.setId("my-answer");
            Button yes = new Button(getTranslation("meeting.answer.yes"), e -> respond(service, meeting, Meeting.Response.YES, onChanged));
            yes.setId("answer-yes");
            Button no = new Button(getTranslation("meeting.answer.no"), e -> respond(service, meeting, Meeting.Response.NO, onChanged));
            no.setId("answer-no");
            actions.add(answer, yes, no);
        });
        if (user.hasRole(Role.FOU) && planned) {
            Button move = new Button(getTranslation("meeting.move"), VaadinIcon.CLOCK.create(), e -> moveDialog(service, meeting, onChanged));
            move.setId("move-meeting");
            Button cancel = new Button(getTranslation("meeting.cancel"), VaadinIcon.CLOSE_CIRCLE.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("meeting.cancel"), getTranslation("meeting.cancel.text"),
                        getTranslation("meeting.cancel"), ev -> {
                            service.cancel(meeting.id());
                            onChanged.run();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            cancel.setId("cancel-meeting");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(move, cancel);
        }
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);
    }

    private void respond(MeetingService service, Meeting meeting, Meeting.Response response, Runnable onChanged) {
        service.respond(meeting.id(), response);
        Notifications.success(getTranslation("feedback.meeting.answered", getTranslation("meeting.response." + response.name()),
                meeting.title()));
        onChanged.run();
    }

    private void moveDialog(MeetingService service, Meeting meeting, Runnable onChanged) {
        Dialog dialog = new Dialog(getTranslation("meeting.move"));
        dialog.setId("move-dialog");
        TextField title = new TextField(getTranslation("meeting.title"), meeting.title(), "");
        title.setMaxLength(TextLimit.TITLE.max());
        DateTimePicker startsAt = 
                ComponentTexts.dateTimePicker(new DateTimePicker(getTranslation("meeting.startsAt"), meeting.startsAt()));
        startsAt.setId("move-starts-at");
        TextField place = new TextField(getTranslation("meeting.place"), meeting.place() == null ? "" : meeting.place(), "");
        place.setMaxLength(TextLimit.TITLE.max());
        place.setId("move-place");
        TextField video = new TextField(getTranslation("meeting.videoLink"), meeting.videoLink() == null ? "" : meeting.videoLink(), "");
        video.setMaxLength(TextLimit.REFERENCE.max());
        Div errors = new Div();
        errors.addClassName("error-text");
        dialog.add(new FormLayout(title, startsAt, place, video), errors);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.reschedule(meeting.id(), title.getValue(), startsAt.getValue(), place.getValue(), video.getValue());
                dialog.close();
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
