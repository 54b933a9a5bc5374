package se.fou.oj.submission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * FoU's request to the municipalities: instructions, questions and a deadline, which may be extended for one
 * municipality.
 *
 * @param deadlineByMunicipality extended deadlines by municipality id
 * @param statistics the statistics table the municipalities fill in with counts, or null
 */
public record Request(long id, long cycleId, Long developmentAreaId, String title, String instructions, LocalDate deadline,
                      Map<Long, LocalDate> deadlineByMunicipality, LocalDateTime answersPublishedAt,
                      List<Question> questions, StatisticsTable statistics) {

    public record Question(long id, int position, String text) {
    }

    public LocalDate deadlineFor(long municipalityId) {
        return deadlineByMunicipality.getOrDefault(municipalityId, deadline);
    }

    public boolean answersPublished() {
        return answersPublishedAt != null;
    }
}
