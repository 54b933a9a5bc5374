package se.fou.oj.notification;

import static se.fou.oj.db.Tables.APP_USER;
import static se.fou.oj.db.Tables.NOTIFICATION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active users holding one of the roles: who a notification "to all municipalities" reaches. */
    List<Long> activeUsersWithRoles(Collection<String> roles) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROLE.in(roles).and(APP_USER.ACTIVE.isTrue()))
                .fetch(APP_USER.ID);
    }

    void insert(Collection<Long> userIds, String key, String argument, String link, LocalDateTime at) {
        if (userIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(NOTIFICATION, NOTIFICATION.USER_ID, NOTIFICATION.CREATED_AT, NOTIFICATION.MESSAGE_KEY,
                NOTIFICATION.MESSAGE_ARGUMENT, NOTIFICATION.LINK);
        userIds.forEach(id -> insert.values(id, at, key, argument, link));
        insert.execute();
    }

    List<Notification> forUser(long userId, int limit) {
        return dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.READ_AT.isNull().desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.getId(), r.getCreatedAt(), r.getMessageKey(), r.getMessageArgument(),
                        r.getLink(), r.getReadAt() != null));
    }

    int unreadCount(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks the notification read only if it is the user's own; returns whether it was. */
    boolean markRead(long userId, long notificationId, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.USER_ID.eq(userId)))
                .execute() > 0;
    }
}
