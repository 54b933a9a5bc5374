package se.fou.oj.submission;

import static se.fou.oj.db.Tables.REMINDER_SENT;
import static se.fou.oj.db.Tables.REQUEST;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Requests still collecting answers. */
    List<Long> openRequestIds() {
        return dsl.select(REQUEST.ID).from(REQUEST).where(REQUEST.ANSWERS_PUBLISHED_AT.isNull()).orderBy(REQUEST.ID)
                .fetch(REQUEST.ID);
    }

    /** Records a reminder; false when this one was already sent (so it is never sent twice). */
    boolean markSent(long requestId, long municipalityId, String kind, LocalDate on, int recipients) {
        return dsl.insertInto(REMINDER_SENT).set(REMINDER_SENT.REQUEST_ID, requestId)
                .set(REMINDER_SENT.MUNICIPALITY_ID, municipalityId).set(REMINDER_SENT.REMINDER_KIND, kind)
                .set(REMINDER_SENT.SENT_ON, on).set(REMINDER_SENT.RECIPIENTS, recipients)
                .onDuplicateKeyIgnore().execute() > 0;
    }
}
