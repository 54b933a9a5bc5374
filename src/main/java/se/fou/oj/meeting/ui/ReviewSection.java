package se.fou.oj.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.base.ui.Feedback;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.base.ui.UiClock;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MinutesService;
import se.fou.oj.user.UserAccount;

/**
 * Review and approval of the minutes: FoU chooses the reviewers and sends the minutes for review; each reviewer
 * comments or approves; approved minutes are corrected only in a new version with a reason.
 */
class ReviewSection extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    ReviewSection(Meeting meeting, MinutesService minutes, List<UserAccount> users, boolean fou, Runnable onChanged) {
        setPadding(false);
        Grid<Meeting.Reviewer> reviewers = new Grid<>();
        reviewers.setId("reviewers-grid");
        reviewers.addThemeVariants(GridVariant.LUMO_COMPACT);
        reviewers.addColumn(Meeting.Reviewer::name).setHeader(getTranslation("minutes.reviewer")).setKey("name").setFlexGrow(1);
        reviewers.addColumn(r -> r.approvedAt() == null ? "–" : getTranslation("minutes.approvedAt", TIME.format(r.approvedAt())))
                .setHeader(getTranslation("minutes.approval")).setKey("approved").setAutoWidth(true);
        reviewers.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("minutes.comment"))
                .setKey("comment").setFlexGrow(1);
        reviewers.setItems(meeting.reviewers());
        reviewers.setAllRowsVisible(true);
        add(reviewers);

        Div errors = new Div();
        errors.addClassName("error-text");
        errors.setId("review-errors");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        if (fou && meeting.minutesEditable()) {
            MultiSelectComboBox<UserAccount> choose = 
                    ComponentTexts.multiSelect(new MultiSelectComboBox<>(getTranslation("minutes.reviewers")));
            choose.setId("reviewers-choice");
            choose.setItems(users);
            choose.setItemLabelGenerator(MeetingForm::label);
            Set<Long> chosen = meeting.reviewers().stream().map(Meeting.Reviewer::userId).collect(Collectors.toSet());
            choose.setValue(users.stream().filter(u -> chosen.contains(u.id())).collect(Collectors.toSet()));
            Button save = new Button(getTranslation("minutes.reviewers.save"), e -> run(() ->
                    minutes.setReviewers(meeting.id(), choose.getValue().stream().map(UserAccount::id).toList()),
                    getTranslation("feedback.minutes.reviewersSaved", Feedback.names(choose.getValue().stream()
                            .map(UserAccount::displayName).sorted().toList())), errors, onChanged));
            save.setId("reviewers-save");
            Button send = new Button(getTranslation("minutes.sendForReview"), VaadinIcon.PAPERPLANE.create(),
                    e -> run(() -> minutes.sendForReview(meeting.id()), getTranslation("feedback.minutes.sentForReview",
                            Feedback.names(meeting.reviewers().stream().map(Meeting.Reviewer::name).toList())), errors, onChanged));
            send.setId("send-for-review");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setEnabled(meeting.minutesStatus() == Meeting.MinutesStatus.DRAFT);
            actions.add(choose, save, send);
        }
        AppUserPrincipal user = CurrentUser.require();
        boolean reviewer = meeting.reviewers().stream().anyMatch(r -> r.userId() == user.userId());
        if (reviewer && meeting.minutesStatus() == Meeting.MinutesStatus.REVIEW) {
            TextArea comment = new TextArea(getTranslation("minutes.comment"));
            comment.setMaxLength(TextLimit.TEXT.max());
            comment.setId("review-comment");
            Button sendComment = new Button(getTranslation("minutes.comment.send"),
                    e -> run(() -> minutes.comment(meeting.id(), comment.getValue()),
                            getTranslation("feedback.minutes.commented"), errors, onChanged));
            sendComment.setId("review-comment-send");
            Button approve = new Button(getTranslation("minutes.approve"), VaadinIcon.CHECK.create(),
                    e -> Feedback.ask("confirm-approve-minutes", getTranslation("feedback.minutes.approve.title"),
                            getTranslation("feedback.minutes.approve.text", meeting.title()), getTranslation("minutes.approve"),
                            () -> run(() -> minutes.approve(meeting.id()),
                                    getTranslation("feedback.minutes.approved", meeting.title()), errors, onChanged)));
            approve.setId("approve-minutes");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(comment, sendComment, approve);
            if (!meeting.begun(LocalDateTime.now(UiClock.get()))) {
                // The service refuses it too; here the reviewer sees why and when she can approve
                approve.setEnabled(false);
                Span why = new Span(getTranslation("minutes.error.notHeldYet", TIME.format(meeting.startsAt())));
                why.setId("approve-minutes-why");
                why.addClassName("muted");
                actions.add(why);
            }
        }
        if (fou && meeting.minutesStatus() == Meeting.MinutesStatus.APPROVED) {
            Button correct = new Button(getTranslation("minutes.correct"), VaadinIcon.EDIT.create(),
                    e -> correctionDialog(minutes, meeting, onChanged));
            correct.setId("correct-minutes");
            actions.add(correct);
        }
        add(actions, errors);
        for (Meeting.MinutesVersion version : meeting.approvedVersions()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                minutes.writeApprovedVersion(meeting.id(), version.versionNo(), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "protokoll-" + meeting.id() + "-v" + version.versionNo() + ".pdf", "application/pdf", bytes.length);
            }), getTranslation("minutes.versionLine", version.versionNo(), TIME.format(version.approvedAt()), version.approvedBy()));
            download.setId("minutes-version-" + version.versionNo());
            add(new Span(VaadinIcon.FILE_TEXT_O.create()), download);
        }
    }

    private void correctionDialog(MinutesService minutes, Meeting meeting, Runnable onChanged) {
        Dialog dialog = new Dialog(getTranslation("minutes.correct"));
        dialog.setId("correction-dialog");
        TextArea reason = new TextArea(getTranslation("minutes.correct.reason"));
        reason.setMaxLength(TextLimit.TEXT.max());
        reason.setId("correction-reason");
        reason.setWidth("30rem");
        Div errors = new Div();
        errors.addClassName("error-text");
        dialog.add(reason, errors);
        Button start = new Button(getTranslation("minutes.correct.start"), e -> {
            try {
                minutes.startCorrection(meeting.id(), reason.getValue());
                dialog.close();
                onChanged.run();
            } catch (ValidationException ex) {
                errors.setText(ex.getMessage());
            }
        });
        start.setId("correction-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), start);
        dialog.open();
    }

    private void run(Runnable action, String done, Div errors, Runnable onChanged) {
        try {
            action.run();
            Notifications.success(done);
            onChanged.run();
        } catch (ValidationException ex) {
            errors.setText(ex.getMessage());
        }
    }
}
