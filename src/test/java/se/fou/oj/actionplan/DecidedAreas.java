package se.fou.oj.actionplan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationContext;
import se.fou.oj.TestData;
import se.fou.oj.analysis.AnalysisReport;
import se.fou.oj.analysis.AnalysisReportService;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.decision.ProposalDecision;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaDraft;
import se.fou.oj.developmentarea.DevelopmentAreaService;
import se.fou.oj.meeting.MeetingDraft;
import se.fou.oj.meeting.MeetingKind;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.results.ResultsService;

/**
 * A decided improvement area on a fresh cycle of its own, whose plan splits the responsibility: two rows for Ekerö,
 * one for Järfälla, one for all municipalities and one for FoU (the action plans are seeded from these rows).
 */
public final class DecidedAreas {

    public static final String EKERO_FIRST = "Kartlägg klienter med ohälsa";
    public static final String EKERO_SECOND = "Utbilda handläggarna";
    public static final String JARFALLA = "Gör en överenskommelse med vårdcentralen";
    public static final String ALL = "Inför rutinen";
    public static final String FOU = "Samla kommunerna till erfarenhetsutbyte";

    private DecidedAreas() {
    }

    public static DevelopmentArea decided(ApplicationContext context, TestData testData) {
        Cycle cycle = testData.newCycle();
        return SystemActor.call(() -> {
            context.getBean(ResultsService.class).importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            DevelopmentAreaService areas = context.getBean(DevelopmentAreaService.class);
            DevelopmentArea area = areas.propose(cycle.id(), new DevelopmentAreaDraft("Samverkan kring ohälsa",
                    "Få överenskommelser.", null, List.of("EB13"), null));
            areas.select(area.id());
            AnalysisReport draft = context.getBean(AnalysisReportService.class).startDraft(cycle.id());
            ProposalService proposals = context.getBean(ProposalService.class);
            Proposal proposal = proposals.propose(draft.id(), area.id(), "Vanligaste hindret.");
            proposals.savePlan(proposal.id(), new PlanDraft(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), List.of(),
                    List.of(new PlanDraft.ResponsibilityDraft("0125", EKERO_FIRST),
                            new PlanDraft.ResponsibilityDraft("FOU", FOU),
                            new PlanDraft.ResponsibilityDraft("0123", JARFALLA),
                            new PlanDraft.ResponsibilityDraft("ALLA", ALL),
                            new PlanDraft.ResponsibilityDraft("0125", EKERO_SECOND))));
            context.getBean(AnalysisReportService.class).sendForDecision(draft.id());
            long meeting = context.getBean(MeetingService.class).create(cycle.id(), new MeetingDraft(MeetingKind.DECISION_MEETING,
                    "Socialchefsgruppen", LocalDateTime.of(2020, 1, 20, 9, 0), "Solna", null, false, List.of(), null)).id();
            context.getBean(DecisionService.class).recordOnBehalf(proposal.id(), ProposalDecision.Outcome.APPROVED, meeting, null);
            return areas.developmentArea(area.id());
        });
    }
}
