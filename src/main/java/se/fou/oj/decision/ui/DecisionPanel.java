package se.fou.oj.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import se.fou.oj.analysis.ui.PlanSummary;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.ui.Feedback;
import se.fou.oj.base.ui.Notifications;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.DecisionState;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.decision.Vote;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingRoutes;

/**
 * The social chiefs' decision on the report sent for decision: per proposed improvement area its motivation and
 * plan, the votes so far against the quorum, and the outcome. A social chief approves or sends back with a comment;
 * FoU records a decision taken at a meeting on the group's behalf.
 */
public class DecisionPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public DecisionPanel(List<DecisionState> states, AppUserPrincipal user, DecisionService service,
                         Supplier<List<Meeting>> meetings, Runnable onChanged) {
        setPadding(false);
        setId("decision-panel");
        add(new H3(getTranslation("decision.title")));
        int quorum = states.isEmpty() ? service.quorum() : states.get(0).quorum();
        add(new Paragraph(getTranslation("decision.lead", quorum)));
        // What still waits for a decision comes first
        for (DecisionState state : states.stream().sorted(Comparator.comparing(s -> !s.open())).toList()) {
            add(card(state, user, service, meetings, onChanged));
        }
    }

    private Div card(DecisionState state, AppUserPrincipal user, DecisionService service, Supplier<List<Meeting>> meetings,
                     Runnable onChanged) {
        long id = state.proposal().id();
        Div card = new Div();
        card.addClassName("development-area");
        card.setId("decision-" + id);
        Span badge = new Span(outcomeText(state));
        badge.setId("decision-status-" + id);
        badge.addClassNames("badge", state.open() ? "badge-info" : state.decision().approved() ? "badge-success" : "badge-warning");
        HorizontalLayout head = new HorizontalLayout(new H4(state.proposal().areaTitle()), badge);
        head.setAlignItems(Alignment.BASELINE);
        card.add(head, new Paragraph(getTranslation("analysis.motivation") + ": " + state.proposal().motivation()),
                new PlanSummary(state.proposal().plan(), user.municipalityId()));
        ProposalDecision decision = state.decision();
        if (decision != null && decision.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("decision.commentOf", decision.recordedBy(), decision.comment()));
            comment.setId("decision-comment-" + id);
            comment.addClassName(decision.approved() ? "info-box" : "warning-box");
            card.add(comment);
        }
        if (decision != null && decision.approved()) {
            // The decided area's next stage: its follow-up
            Anchor followUp = new Anchor(
                    "improvement-areas/" + state.proposal().developmentAreaId() + "/follow-up", getTranslation("followUp.open"));
            followUp.setId("decision-follow-up-" + id);
            card.add(new Div(followUp));
        }
        if (decision != null && decision.onBehalfOfGroup()) {
            Div onBehalf = new Div(new Span(getTranslation("decision.onBehalf", decision.recordedBy()) + " "));
            onBehalf.setId("decision-on-behalf-" + id);
            if (decision.meetingId() != null) {
                onBehalf.add(new Anchor(MeetingRoutes.meeting(decision.meetingId()), getTranslation("decision.minutesLink")));
            }
            card.add(onBehalf);
        }
        if (!state.votes().isEmpty()) {
            UnorderedList votes = new UnorderedList();
            votes.setId("votes-" + id);
            for (Vote vote : state.votes()) {
                votes.add(new ListItem(getTranslation("decision.vote." + vote.kind().name(), vote.userName()
                        + (vote.municipalityName() == null ? "" : " (" + vote.municipalityName() + ")"), TIME.format(vote.votedAt()))));
            }
            Span votesLabel = new Span(getTranslation("decision.votes"));
            votesLabel.addClassName("muted");
            card.add(votesLabel, votes);
        }
        if (state.open() && user.role() == Role.SOCIAL_CHIEF) {
            card.add(chiefActions(state, user, service, onChanged));
        }
        if (state.open() && user.hasRole(Role.FOU)) {
            Button record = new Button(getTranslation("decision.record"),
                    e -> new RecordDecisionDialog(state.proposal(), meetings.get(), service, onChanged).open());
            record.setId("record-decision-" + id);
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(record);
        }
        return card;
    }

    private HorizontalLayout chiefActions(DecisionState state, AppUserPrincipal user, DecisionService service, Runnable onChanged) {
        long id = state.proposal().id();
        String title = state.proposal().areaTitle();
        Button approve = new Button(getTranslation("decision.approve"), e -> Feedback.ask("confirm-approve-proposal",
                getTranslation("feedback.proposal.approve.title"), getTranslation("feedback.proposal.approve.text", title),
                getTranslation("decision.approve"), () -> run(() -> {
                    DecisionState after = service.approve(id);
                    Notifications.success(after.open()
                            ? getTranslation("feedback.proposal.approved", title, after.approvals(), after.quorum())
                            : getTranslation("feedback.proposal.decided", title));
                }, onChanged)));
        approve.setId("approve-" + id);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        if (state.votes().stream().anyMatch(v -> v.userId() == user.userId() && v.kind() == Vote.Kind.APPROVE)) {
            approve.setEnabled(false);
            approve.setText(getTranslation("decision.approvedByYou"));
        }
        TextField comment = new TextField();
        comment.setMaxLength(TextLimit.TEXT.max());
        comment.setId("send-back-comment-" + id);
        comment.setPlaceholder(getTranslation("decision.sendBack.placeholder"));
        comment.setWidth("24rem");
        comment.setRequiredIndicatorVisible(true);
        comment.setErrorMessage(getTranslation("feedback.proposal.sendBack.required"));
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        Button sendBack = new Button(getTranslation("decision.sendBack"), e -> {
            if (comment.getValue().isBlank()) {
                // Marked on the field itself: a send-back always says why
                comment.setInvalid(true);
                comment.focus();
                return;
            }
            Feedback.ask("confirm-send-back-proposal", getTranslation("feedback.proposal.sendBack.title"),
                    getTranslation("feedback.proposal.sendBack.text", title), getTranslation("decision.sendBack"),
                    () -> run(() -> {
                        service.sendBack(id, comment.getValue());
                        Notifications.success(getTranslation("feedback.proposal.sentBack", title));
                    }, onChanged));
        });
        sendBack.setId("send-back-" + id);
        sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(approve, comment, sendBack);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private String outcomeText(DecisionState state) {
        if (state.open()) {
            return getTranslation("decision.progress", state.approvals(), state.quorum());
        }
        return getTranslation(state.decision().outcome().labelKey()) + " " + state.decision().decidedAt().toLocalDate();
    }

    private static void run(Runnable action, Runnable onChanged) {
        try {
            action.run();
            onChanged.run();
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
