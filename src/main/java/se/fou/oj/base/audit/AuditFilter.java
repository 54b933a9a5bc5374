package se.fou.oj.base.audit;

import java.time.LocalDate;

/**
 * What the administrator narrows the log to; every part is optional (null or blank means "all").
 *
 * @param actor      a user name
 * @param entityType a kind of event by what it changed ("cycle", "meeting", ...)
 * @param text       words in the details, the actor's name or the changed thing's name
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 */
public record AuditFilter(String actor, String entityType, String text, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
