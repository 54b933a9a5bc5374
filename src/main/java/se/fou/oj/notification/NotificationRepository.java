package se.fou.oj.notification;

import static se.fou.oj.db.Tables.NOTIFICATION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
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
                .orderBy(NOTIFICATION.READ_AT.isNull().desc(), NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.getId(), r.getCreatedAt(), r.getMessageKey(), r.getMessageArgument(),
                        r.getLink(), r.getReadAt() != null));
    }

    int unreadCount(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Rewrites the user's notifications of one key and link to the key saying the task is done, and marks them read. */
    void settle(long userId, String key, String link, String doneKey, LocalDateTime at) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.MESSAGE_KEY, doneKey)
                .set(NOTIFICATION.READ_AT, DSL.coalesce(NOTIFICATION.READ_AT, DSL.val(at)))
                .where(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.MESSAGE_KEY.eq(key)).and(NOTIFICATION.LINK.eq(link)))
                .execute();
    }

    /**
     * Rewrites every notification of these keys pointing to the page, whoever received it, to the key saying the task
     * is done, and marks them read: e.g. all contacts' reminders of an answer that has now been submitted.
     */
    void settleAll(Collection<String> keys, String link, String doneKey, LocalDateTime at) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.MESSAGE_KEY, doneKey)
                .set(NOTIFICATION.READ_AT, DSL.coalesce(NOTIFICATION.READ_AT, DSL.val(at)))
                .where(NOTIFICATION.MESSAGE_KEY.in(keys).and(NOTIFICATION.LINK.eq(link)))
                .execute();
    }

    /** The user's unread notifications pointing to the page: opening the page by another way reads them too. */
    void markReadByLink(long userId, String link, LocalDateTime at) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.LINK.eq(link)).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    /** Marks the notification read only if it is the user's own; returns whether it was. */
    boolean markRead(long userId, long notificationId, LocalDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.USER_ID.eq(userId)))
                .execute() > 0;
    }
}
