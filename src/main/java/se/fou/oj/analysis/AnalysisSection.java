package se.fou.oj.analysis;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;

/**
 * The cycle navigation's entry for the short analysis: FoU always (they write it); the others once there is a version
 * they may read, by the service's own rule (sent for decision, and for a contact only when every answer is public).
 */
@Component
class AnalysisSection extends SimpleCycleSection {

    private final AnalysisReportService analysisService;

    AnalysisSection(AnalysisReportService analysisService) {
        super("analysis", 70, "analysis.open", "cycles/%d/analysis");
        this.analysisService = analysisService;
    }

    @Override
    public boolean mayOpen(long cycleId) {
        return CurrentUser.require().hasRole(Role.FOU) || !analysisService.versions(cycleId).isEmpty();
    }
}
