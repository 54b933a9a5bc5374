package se.fou.oj.decision;

/** A member of the social chiefs' group has taken a stand on every open proposal of the cycle's short analysis. */
public record MemberHasVoted(long cycleId, long userId) {
}
