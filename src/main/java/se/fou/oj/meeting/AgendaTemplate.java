package se.fou.oj.meeting;

import java.util.List;

/** An agenda FoU saved to reuse. */
public record AgendaTemplate(long id, String name, List<AgendaItemDraft> items) {
}
