package se.fou.oj.user.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.fou.oj.base.audit.AuditEntry;

/**
 * Turns a line of the log into a sentence a person reads ("Anna Administratör flyttade Ekonomiskt bistånd 2018 från
 * Led 1: Kvalitetssäkring till Led 2: Resultatarbete"): people by name, things by name, codes in words. The sentence
 * of each kind of event is a translation key {@code audit.<entityType>.<ACTION>}; an event without one still reads
 * as a sentence through {@code audit.generic}.
 */
final class AuditSentences {

    /** What the log's details hold for a change of state: "QUALITY_ASSURANCE -> RESULTS_WORK (: reason)". */
    private static final Pattern CHANGE = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)(.*)", Pattern.DOTALL);
    private static final Pattern USER_IDS = Pattern.compile("\\[([0-9, ]*)]");
    private static final Pattern VERSION = Pattern.compile("Version (\\d+).*", Pattern.DOTALL);
    /** Attendance as recorded: "Stina Sekreterare MINUTE_TAKER", " (frånvarande)" when absent. */
    private static final Pattern ATTENDANCE = Pattern.compile("(.+) ([A-Z_]+)( \\(frånvarande\\))?");

    /** Looks up a translation key with its arguments in the page's language. */
    interface Texts {
        String get(String key, Object... args);
    }

    private final Texts texts;
    private final Map<Long, String> userNames;

    AuditSentences(Texts texts, Map<Long, String> userNames) {
        this.texts = texts;
        this.userNames = userNames;
    }

    /** The actor by name: the system as "Systemet", a removed user by their user name. */
    String actor(AuditEntry entry) {
        if ("system".equals(entry.actor())) {
            return texts.get("audit.system");
        }
        if ("anonym".equals(entry.actor())) {
            return texts.get("audit.anonymous");
        }
        return entry.actorName() != null ? entry.actorName() : entry.actor();
    }

    String sentence(AuditEntry entry) {
        String actor = actor(entry);
        String subject = entry.subject() != null ? entry.subject() : texts.get("audit.removed");
        String details = entry.details() == null ? "" : entry.details();
        String key = "audit." + entry.entityType() + "." + entry.action();
        if (key.equals("audit.user.PASSWORD") && actor.equals(subject)) {
            key += ".own";
        }
        Object[] args = arguments(entry, actor, subject, details);
        String sentence = texts.get(key, args);
        if (sentence.startsWith("!")) {
            return texts.get("audit.generic", actor, subject, details);
        }
        return sentence;
    }

    private Object[] arguments(AuditEntry entry, String actor, String subject, String details) {
        String action = entry.action();
        switch (entry.entityType() + "." + action) {
            case "cycle.STAGE", "developmentArea.STATUS" -> {
                Matcher change = CHANGE.matcher(details);
                if (change.matches()) {
                    String prefix = entry.entityType().equals("cycle") ? "stage." : "developmentArea.status.";
                    // " (user name)" names who approved, which the actor already says; ": reason" is kept
                    String rest = change.group(3).startsWith(" (") ? "" : change.group(3).replaceFirst("^: ", "").trim();
                    return new Object[] {actor, subject, texts.get(prefix + change.group(1)),
                            texts.get(prefix + change.group(2)), rest.isEmpty() ? "" : " – " + rest};
                }
            }
            case "meeting.INVITE", "meeting.REVIEWERS" -> {
                Matcher ids = USER_IDS.matcher(details);
                if (ids.matches()) {
                    return new Object[] {actor, subject, names(ids.group(1))};
                }
            }
            case "meeting.RESPOND" -> {
                String response = details.substring(details.lastIndexOf(' ') + 1);
                return new Object[] {actor, subject, texts.get("meeting.response." + response)};
            }
            case "meeting.APPROVE", "compilation.PUBLISH" -> {
                Matcher version = VERSION.matcher(details);
                if (version.matches()) {
                    return new Object[] {actor, subject, version.group(1)};
                }
            }
            case "meeting.ATTENDANCE" -> {
                Matcher attendance = ATTENDANCE.matcher(details);
                if (attendance.matches()) {
                    String absent = attendance.group(3) == null ? "" : ", " + texts.get("audit.absent");
                    return new Object[] {actor, subject, attendance.group(1) + " – "
                            + texts.get("meeting.function." + attendance.group(2)) + absent};
                }
            }
            case "meeting.RESCHEDULE" -> {
                return new Object[] {actor, subject, details.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(:\\d{2})?", "$1 $2")};
            }
            case "access.DENIED" -> {
                // What was refused, and why when a service said so (a refused screen or path has no reason)
                return new Object[] {actor, subject, details.isEmpty() ? "" : " – " + details};
            }
            default -> {
                // the details as they are
            }
        }
        return new Object[] {actor, subject, details};
    }

    private String names(String idList) {
        List<String> names = Arrays.stream(idList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(id -> userNames.getOrDefault(Long.parseLong(id), texts.get("audit.removedUser")))
                .toList();
        if (names.isEmpty()) {
            return texts.get("audit.nobody");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + texts.get("audit.and") + " " + names.get(names.size() - 1);
    }
}
