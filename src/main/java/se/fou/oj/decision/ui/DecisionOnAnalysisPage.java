package se.fou.oj.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.ui.AnalysisPageExtension;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.DecisionState;
import se.fou.oj.decision.ImprovementArea;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.meeting.MeetingService;

/**
 * The decision on the analysis page: the social chiefs' panel below the report sent for decision, a sending back on
 * top of the area's card in FoU's next draft, and, while a contact may not read the report yet, the areas already
 * decided from it.
 */
@org.springframework.stereotype.Component
class DecisionOnAnalysisPage implements AnalysisPageExtension {

    private final DecisionService decisionService;
    private final AnalysisReportService analysisService;
    private final MeetingService meetingService;

    DecisionOnAnalysisPage(DecisionService decisionService, AnalysisReportService analysisService, MeetingService meetingService) {
        this.decisionService = decisionService;
        this.analysisService = analysisService;
        this.meetingService = meetingService;
    }

    @Override
    public Sections sections(long cycleId, Runnable refresh) {
        AppUserPrincipal user = CurrentUser.require();
        List<DecisionState> states = decisionService.states(cycleId);
        Map<Long, ProposalDecision> sentBack = states.stream()
                .filter(s -> s.decision() != null && !s.decision().approved())
                .collect(Collectors.toMap(s -> s.proposal().developmentAreaId(), DecisionState::decision, (a, b) -> b));
        return new Sections() {
            @Override
            public List<Component> whileReportHidden() {
                List<ImprovementArea> decided = decisionService.improvementAreas(cycleId);
                if (decided.isEmpty()) {
                    return List.of();
                }
                H3 heading = new H3();
                heading.setText(heading.getTranslation("start.improvementAreas"));
                return List.of(heading, new ImprovementAreasOverview(decided, user.municipalityId()));
            }

            @Override
            public Optional<Component> onAreaCard(long developmentAreaId) {
                return Optional.ofNullable(sentBack.get(developmentAreaId)).map(d -> new SentBackNotice(developmentAreaId, d));
            }

            @Override
            public List<Component> afterReport() {
                if (analysisService.forDecision(cycleId).isEmpty()) {
                    return List.of();
                }
                return List.of(new DecisionPanel(states, user, decisionService, () -> meetingService.meetingsOfCycle(cycleId),
                        refresh));
            }
        };
    }

    @Override
    public boolean sendingEndsOpenWork(long cycleId) {
        return decisionService.states(cycleId).stream().anyMatch(DecisionState::open);
    }
}
