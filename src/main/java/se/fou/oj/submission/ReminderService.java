package se.fou.oj.submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserService;

/**
 * Reminds a municipality's contacts of a request: {@code app.reminders.days-before} days before the deadline, on the
 * day, and every {@code app.reminders.late-every-days} days while it is late. Always in the app; by e-mail when SMTP
 * is configured. Each reminder is sent once (recorded in the database, so also across restarts) and none once the
 * municipality has submitted.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final ReminderRepository repository;
    private final SubmissionRepository submissionRepository;
    private final SubmissionAccess access;
    private final RegionService regionService;
    private final UserService userService;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Messages messages;
    private final Clock clock;
    private final int daysBefore;
    private final int lateEveryDays;
    private final String mailFrom;
    private final String baseUrl;

    ReminderService(ReminderRepository repository, SubmissionRepository submissionRepository, SubmissionAccess access,
                    RegionService regionService, UserService userService, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mailSender, Messages messages,
                    Clock clock, @Value("${app.reminders.days-before:3}") int daysBefore,
                    @Value("${app.reminders.late-every-days:7}") int lateEveryDays,
                    @Value("${app.mail.from:fou@fou-nordvast.se}") String mailFrom,
                    @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.submissionRepository = submissionRepository;
        this.access = access;
        this.regionService = regionService;
        this.userService = userService;
        this.events = events;
        this.mailSender = mailSender;
        this.messages = messages;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.lateEveryDays = lateEveryDays;
        this.mailFrom = mailFrom;
        this.baseUrl = baseUrl;
    }

    /** Municipality reminders sent, for operators ({@code oj.reminders.sent}). */
    private Counter remindersSent;

    @Autowired
    void countRemindersIn(MeterRegistry meters) {
        remindersSent = Counter.builder("oj.reminders.sent").description("Municipality reminders sent").register(meters);
    }

    /** Today's reminders; every morning on one instance by {@link ReminderJob}. */
    @Transactional // the reminders' events are published with the marks that they were sent, or not at all
    public void sendDueReminders() {
        int sent = SystemActor.call(() -> sendReminders(LocalDate.now(clock)));
        log.info("Reminders sent: {}", sent);
    }

    /**
     * Sends the reminders due on the given day; returns how many municipality reminders went out. The requests, the
     * answers and the contacts are read in a fixed number of queries; only the reminders sent cost one each.
     */
    @Transactional
    public int sendReminders(LocalDate today) {
        List<Request> requests = submissionRepository.requests(repository.openRequestIds());
        if (requests.isEmpty()) {
            return 0;
        }
        List<Municipality> municipalities = regionService.activeMunicipalities();
        Map<Long, List<Submission>> answers = access.of(requests, municipalities);
        Map<Long, List<UserAccount>> contactsOf = userService.activeContacts(municipalities.stream().map(Municipality::id).toList());
        int sent = 0;
        for (Request request : requests) {
            List<Submission> submissions = answers.get(request.id());
            for (int i = 0; i < municipalities.size(); i++) {
                Municipality municipality = municipalities.get(i);
                Submission submission = submissions.get(i);
                if (!submission.editable()) {
                    continue;
                }
                Optional<String> kind = kind(today, submission.deadline());
                if (kind.isEmpty()) {
                    continue;
                }
                List<UserAccount> contacts = contactsOf.getOrDefault(municipality.id(), List.of());
                if (!repository.markSent(request.id(), municipality.id(), kind.get(), today, contacts.size())) {
                    continue;
                }
                remind(request, municipality, submission.deadline(), today, contacts);
                sent++;
                remindersSent.increment();
            }
        }
        return sent;
    }

    /** Which reminder is due: BEFORE, DUE, or LATE-n for the n-th late period; empty when none is. */
    Optional<String> kind(LocalDate today, LocalDate deadline) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft > 0 && daysLeft <= daysBefore) {
            return Optional.of("BEFORE");
        }
        if (daysLeft == 0) {
            return Optional.of("DUE");
        }
        if (daysLeft < 0) {
            long late = -daysLeft;
            // The day after the deadline, then every late-every-days days
            if ((late - 1) % lateEveryDays == 0) {
                return Optional.of("LATE-" + ((late - 1) / lateEveryDays + 1));
            }
        }
        return Optional.empty();
    }

    private void remind(Request request, Municipality municipality, LocalDate deadline, LocalDate today,
                        List<UserAccount> contacts) {
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        String key = daysLeft > 0 ? "reminder.before" : daysLeft == 0 ? "reminder.due" : "reminder.late";
        String text = messages.get(key, request.title(), deadline.toString(), Math.abs(daysLeft));
        String link = SubmissionRoutes.submission(request.id(), municipality.code());
        events.publishEvent(new ContactsReminded(request.id(), key,
                contacts.stream().map(UserAccount::id).toList(), request.title() + " (" + deadline + ")", link));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (UserAccount contact : contacts) {
            if (contact.email() == null) {
                continue;
            }
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(mailFrom);
            mail.setTo(contact.email());
            mail.setSubject(messages.get("reminder.subject", request.title()));
            mail.setText(messages.get("reminder.body", contact.displayName(), text, baseUrl + "/" + link));
            try {
                sender.send(mail);
            } catch (MailException e) {
                // The in-app reminder is there; a mail server problem must not stop the other reminders
                log.warn("Reminder e-mail to {} failed: {}", contact.email(), e.getMessage());
            }
        }
    }
}
