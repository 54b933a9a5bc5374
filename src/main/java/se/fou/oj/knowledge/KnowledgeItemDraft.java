package se.fou.oj.knowledge;

/** What FoU types for a knowledge item. */
public record KnowledgeItemDraft(String authors, Integer year, String title, String publisher, String link, String summary) {
}
