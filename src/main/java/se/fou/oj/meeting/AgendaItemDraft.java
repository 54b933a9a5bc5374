package se.fou.oj.meeting;

/** An agenda item as planned: title, who presents, estimated minutes. */
public record AgendaItemDraft(String title, String presenter, int estimatedMinutes) {
}
