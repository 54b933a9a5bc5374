package se.fou.oj.knowledge;

/** A knowledge item attached to a development area, with how it bears on the area. */
public record KnowledgeLink(long id, long developmentAreaId, KnowledgeItem item, String relevance) {
}
