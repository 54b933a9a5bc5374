package se.fou.oj.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.user.UserService;

/**
 * In-app notifications: what happens elsewhere reaches the people concerned through {@link InboxListeners}; each user
 * reads and clears only her own.
 */
@Service
public class NotificationService {

    /** The column of a notification's argument. */
    private static final int MAX_ARGUMENT = 300;

    private final NotificationRepository repository;
    private final UserService userService;
    private final Messages messages;
    private final Clock clock;

    NotificationService(NotificationRepository repository, UserService userService, Messages messages, Clock clock) {
        this.repository = repository;
        this.userService = userService;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Notifies every active user with one of the roles (e.g. all municipal contacts and social chiefs). Called by
     * {@link InboxListeners} for an event another module published, so the acting user's role is not the question.
     */
    @Transactional
    void toRoles(String messageKey, String argument, String link, Role... roles) {
        toUsers(userService.activeUserIds(List.of(roles)), messageKey, argument, link);
    }

    /** Notifies the given users, e.g. a meeting's invitees. */
    @Transactional
    void toUsers(Collection<Long> userIds, String messageKey, String argument, String link) {
        repository.insert(userIds, messageKey, fitted(argument), link, LocalDateTime.now(clock));
    }

    /** A notification names a title; a very long one is shortened to what its column holds, never refused. */
    private static String fitted(String argument) {
        return argument == null || argument.length() <= MAX_ARGUMENT ? argument : argument.substring(0, MAX_ARGUMENT - 1) + "…";
    }

    @Transactional(readOnly = true)
    public List<Notification> myNotifications(int limit) {
        return repository.forUser(CurrentUser.require().userId(), limit);
    }

    @Transactional(readOnly = true)
    public int myUnreadCount() {
        return repository.unreadCount(CurrentUser.require().userId());
    }

    /**
     * The user has done what her notifications of this key and link asked (e.g. approved the minutes): they now say
     * so ({@code doneKey}, same argument) and count as read. Only ever that user's own notifications.
     */
    @Transactional
    void settle(long userId, String messageKey, String link, String doneKey) {
        repository.settle(userId, messageKey, link, doneKey, LocalDateTime.now(clock));
    }

    /** Everybody's notifications of these keys pointing to the page now say the task is done. */
    @Transactional
    void settleAll(Collection<String> messageKeys, String link, String doneKey) {
        repository.settleAll(messageKeys, link, doneKey, LocalDateTime.now(clock));
    }

    /** The user opened the page a notification points to (e.g. from her tasks): its notifications are read. */
    @Transactional
    public void markReadByLink(String link) {
        repository.markReadByLink(CurrentUser.require().userId(), link, LocalDateTime.now(clock));
    }

    @Transactional
    public void markRead(long notificationId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!repository.markRead(user.userId(), notificationId, LocalDateTime.now(clock))) {
            throw new NotFoundException(messages.get("error.notFound"));
        }
    }
}
