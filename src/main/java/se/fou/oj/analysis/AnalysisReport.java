package se.fou.oj.analysis;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One version of a cycle's short analysis report: FoU's own texts and the proposed improvement areas with their plans.
 * Figures and tables are never stored here; they come from the data when the PDF is drawn. A version sent for
 * decision is frozen (its PDF is kept exactly as sent); further work is a new version.
 */
public record AnalysisReport(long id, long cycleId, int versionNo, Status status, String introduction, String analysis,
                             String updatedBy, LocalDateTime updatedAt, String sentBy, LocalDateTime sentAt,
                             List<Proposal> proposals) {

    public enum Status {
        DRAFT, FOR_DECISION;

        public String labelKey() {
            return "analysis.status." + name();
        }
    }

    public boolean frozen() {
        return status == Status.FOR_DECISION;
    }

    public Optional<Proposal> proposalFor(long developmentAreaId) {
        return proposals.stream().filter(p -> p.developmentAreaId() == developmentAreaId).findFirst();
    }
}
