package se.fou.oj.submission;

/**
 * A municipality submitted its answer to a request.
 *
 * @param link the municipality's answer to the request, the page its reminders pointed to
 */
public record AnswerSubmitted(long requestId, long municipalityId, String link) {
}
