package se.fou.oj.meeting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.fou.oj.base.AdjustableClock;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserService;

/**
 * Invitations, changes and cancellations by e-mail, where people read them, when SMTP is configured: each carries the
 * meeting's calendar file as an iTIP attachment (METHOD:REQUEST, or METHOD:CANCEL), so that Outlook and other
 * calendar programs add, move and remove the meeting themselves by its UID and SEQUENCE. An answer given in the
 * calendar program is not read back; the e-mail says to answer in the app. Minutes sent for review go to the
 * reviewers by e-mail too. Sent after the change is saved, as background work (the system reads the addresses); the
 * demo's story of the past, told with the clock standing still, sends none.
 */
@Component
class MeetingMail {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingMail.class);

    private final MeetingRepository repository;
    private final MeetingNames names;
    private final UserService userService;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final AdjustableClock clock;
    private final Messages messages;
    private final String mailFrom;
    private final String baseUrl;

    MeetingMail(MeetingRepository repository, MeetingNames names, UserService userService,
                ObjectProvider<JavaMailSender> mailSender, AdjustableClock clock, Messages messages,
                @Value("${app.mail.from:fou@fou-nordvast.se}") String mailFrom,
                @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.names = names;
        this.userService = userService;
        this.mailSender = mailSender;
        this.clock = clock;
        this.messages = messages;
        this.mailFrom = mailFrom;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(MeetingAnnounced announced) {
        JavaMailSender sender = mailSender();
        if (sender == null || announced.inviteeUserIds().isEmpty()) {
            return;
        }
        SystemActor.run(() -> {
            Meeting meeting = repository.load(announced.meetingId(), names).orElseThrow();
            String kind = announced.change().name().toLowerCase();
            byte[] ics = MeetingCalendar.ics(meeting).getBytes(StandardCharsets.UTF_8);
            String method = meeting.status() == Meeting.Status.CANCELLED ? "CANCEL" : "REQUEST";
            for (UserAccount person : recipients(announced.inviteeUserIds())) {
                send(sender, person, messages.get("mail.meeting." + kind + ".subject", meeting.title()),
                        messages.get("mail.meeting.body", person.displayName(), announced.label(), link(meeting.id())),
                        ics, method);
            }
        });
    }

    @ApplicationModuleListener
    void on(MinutesSentForReview sent) {
        JavaMailSender sender = mailSender();
        if (sender == null || sent.reviewerUserIds().isEmpty()) {
            return;
        }
        SystemActor.run(() -> {
            for (UserAccount person : recipients(sent.reviewerUserIds())) {
                send(sender, person, messages.get("mail.minutes.subject", sent.meetingTitle()),
                        messages.get("mail.minutes.body", person.displayName(), sent.meetingTitle(), link(sent.meetingId())),
                        null, null);
            }
        });
    }

    /** The mail server, or null when none is configured or the demo is telling its story of the past. */
    private JavaMailSender mailSender() {
        return clock.standsStill() ? null : mailSender.getIfAvailable();
    }

    private List<UserAccount> recipients(List<Long> userIds) {
        Map<Long, UserAccount> accounts = userService.accounts(userIds);
        return userIds.stream().map(accounts::get).filter(a -> a != null && a.active() && a.email() != null).toList();
    }

    private String link(long meetingId) {
        return baseUrl + "/" + MeetingRoutes.meeting(meetingId);
    }

    private void send(JavaMailSender sender, UserAccount person, String subject, String body, byte[] ics, String method) {
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, ics != null, "UTF-8");
            helper.setFrom(mailFrom);
            helper.setTo(person.email());
            helper.setSubject(subject);
            helper.setText(body);
            if (ics != null) {
                helper.addAttachment("mote.ics", new ByteArrayResource(ics),
                        "text/calendar; charset=UTF-8; method=" + method);
            }
            sender.send(mail);
        } catch (MessagingException | MailException e) {
            // The invitation is in the app; a mail server problem must not stop the others' e-mails
            LOG.warn("Meeting e-mail to {} failed: {}", person.email(), e.getMessage());
        }
    }
}
