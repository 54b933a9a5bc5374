package se.fou.oj.notification;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.fou.oj.analysis.AnalysisSentForDecision;
import se.fou.oj.base.security.Role;
import se.fou.oj.compilation.CompilationPublished;
import se.fou.oj.decision.MemberHasVoted;
import se.fou.oj.decision.ProposalDecided;
import se.fou.oj.meeting.MeetingAnnounced;
import se.fou.oj.meeting.MeetingRoutes;
import se.fou.oj.meeting.MinutesApprovedByReviewer;
import se.fou.oj.meeting.MinutesSentForReview;
import se.fou.oj.submission.AnswerSubmitted;
import se.fou.oj.submission.ContactsReminded;

/**
 * What happens in the other modules that people must hear of, turned into their in-app notifications. Each listener
 * runs after the change that published the event is saved, in its own transaction; if it fails, the event stays in
 * the publication registry and is delivered again (see {@code base.events.EventRetryJob}), so no notice is lost and none is sent
 * for a change that was rolled back. The modules that publish do not know the notifications exist.
 */
@Component
class InboxListeners {

    private final NotificationService notifications;

    InboxListeners(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CompilationPublished published) {
        notifications.toRoles("notification.compilationPublished",
                published.cycleTitle() + " (version " + published.versionNo() + ")",
                "cycles/" + published.cycleId() + "/compilation", Role.MUNICIPAL_CONTACT, Role.SOCIAL_CHIEF, Role.FOU);
    }

    @ApplicationModuleListener
    void on(MeetingAnnounced announced) {
        String key = switch (announced.change()) {
            case INVITED -> "notification.meetingInvited";
            case MOVED -> "notification.meetingMoved";
            case CANCELLED -> "notification.meetingCancelled";
        };
        notifications.toUsers(announced.inviteeUserIds(), key, announced.label(), meetingLink(announced.meetingId()));
    }

    @ApplicationModuleListener
    void on(MinutesSentForReview sent) {
        notifications.toUsers(sent.reviewerUserIds(), "notification.minutesToReview", sent.meetingTitle(),
                meetingLink(sent.meetingId()));
    }

    /** "Waits for your approval" is no longer true: the reviewer's notification now says it is done. */
    @ApplicationModuleListener
    void on(MinutesApprovedByReviewer approved) {
        notifications.settle(approved.reviewerUserId(), "notification.minutesToReview", meetingLink(approved.meetingId()),
                "notification.minutesReviewed");
    }

    @ApplicationModuleListener
    void on(AnalysisSentForDecision sent) {
        notifications.toRoles("notification.analysisForDecision", sent.cycleTitle(), analysisLink(sent.cycleId()),
                Role.SOCIAL_CHIEF);
    }

    /** The member has done her part: her "awaits the group's decision" now says she has taken a stand. */
    @ApplicationModuleListener
    void on(MemberHasVoted voted) {
        notifications.settle(voted.userId(), "notification.analysisForDecision", analysisLink(voted.cycleId()),
                "notification.analysisVoted");
    }

    /** An approved area is news for the whole region, whoever's vote completed it; a proposal sent back is FoU's. */
    @ApplicationModuleListener
    void on(ProposalDecided decided) {
        if (decided.approved()) {
            notifications.toRoles("notification.improvementAreaApproved", decided.areaTitle(),
                    analysisLink(decided.cycleId()), Role.FOU, Role.MUNICIPAL_CONTACT, Role.SOCIAL_CHIEF);
        } else {
            notifications.toRoles("notification.improvementAreaSentBack", decided.areaTitle(),
                    analysisLink(decided.cycleId()), Role.FOU);
        }
    }

    @ApplicationModuleListener
    void on(ContactsReminded reminded) {
        notifications.toUsers(reminded.contactUserIds(), reminded.kind() + ".short", reminded.label(), reminded.link());
    }

    /** The answer is in: the contacts' reminders of it no longer ask for it but say it has been submitted. */
    @ApplicationModuleListener
    void on(AnswerSubmitted submitted) {
        notifications.settleAll(List.of("reminder.before.short", "reminder.due.short", "reminder.late.short"),
                submitted.link(), "reminder.answered.short");
    }

    private static String meetingLink(long meetingId) {
        return MeetingRoutes.meeting(meetingId);
    }

    private static String analysisLink(long cycleId) {
        return "cycles/" + cycleId + "/analysis";
    }
}
