package se.fou.oj.decision;

import java.time.LocalDateTime;

/** A social chief's approval or sending back of one proposed improvement area. */
public record Vote(long proposalId, long userId, String userName, Long municipalityId, String municipalityName, Kind kind,
                   String comment, LocalDateTime votedAt) {

    public enum Kind {
        APPROVE, SEND_BACK
    }
}
