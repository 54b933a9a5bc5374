package se.fou.oj.submission;

import java.time.LocalDate;
import java.util.List;

/**
 * How far the municipalities have come with one request, without any answer's text or figures: how many of the region
 * have submitted, and which are late (not submitted and their own deadline passed). For a municipality's contact the
 * late list names only her own municipality and the count of submitted answers is left out (null), since another
 * municipality's status before publication is not hers to see.
 */
public record RequestState(Request request, Integer submitted, int municipalities, List<Late> late) {

    /** A municipality that has not submitted by its deadline (its own, extended or not). */
    public record Late(long municipalityId, String municipalityName, LocalDate deadline) {
    }
}
