package se.fou.oj.decision;

import java.time.LocalDateTime;
import java.util.List;

/** A social chief's approval or sending back of one proposed improvement area. */
public record Vote(long proposalId, long userId, String userName, Long municipalityId, String municipalityName, Kind kind,
                   String comment, LocalDateTime votedAt) {

    public enum Kind {
        APPROVE, SEND_BACK
    }

    /**
     * How many municipalities approved: the quorum counts municipalities, so each counts once whoever of its members
     * approved; a member without a municipality counts alone.
     */
    public static int approvingMunicipalities(List<Vote> votes) {
        return (int) votes.stream().filter(v -> v.kind() == Kind.APPROVE)
                .map(v -> v.municipalityId() != null ? "m" + v.municipalityId() : "u" + v.userId()).distinct().count();
    }
}
