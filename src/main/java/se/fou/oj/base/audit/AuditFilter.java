package se.fou.oj.base.audit;

import java.time.LocalDate;

/**
 * What FoU and the administrators narrow the log to; every part is optional (null or blank means "all").
 *
 * @param actor      a user name
 * @param entityType a kind of event by what it changed ("cycle", "meeting", ...)
 * @param object     one thing: its id as the log keeps it ("12", "3/0125") or words of its name
 * @param text       words in the details, the actor's name or the changed thing's name
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 */
public record AuditFilter(String actor, String entityType, String object, String text, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter(String actor, String entityType, String text, LocalDate from, LocalDate to) {
        this(actor, entityType, null, text, from, to);
    }
}
