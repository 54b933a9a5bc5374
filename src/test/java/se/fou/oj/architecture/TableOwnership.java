package se.fou.oj.architecture;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which module owns which table. A module's classes query only its own tables; what they need from another module's
 * tables comes through that module's service. A table that is missing here fails the ownership test, so a new
 * migration has to say who owns its tables.
 */
final class TableOwnership {

    /** Module (the package directly under {@code se.fou.oj}) → the tables it owns, as jOOQ names its classes. */
    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("region", Set.of("Area", "Municipality", "ComparisonUnit")),
            Map.entry("user", Set.of("AppUser", "LoginAttempt")),
            Map.entry("notification", Set.of("Notification")),
            Map.entry("cycle", Set.of("Cycle")),
            Map.entry("results", Set.of("Indicator", "IndicatorResult", "ComparisonValue")),
            Map.entry("interpretation", Set.of("Interpretation", "InterpretationConfirmation")),
            Map.entry("compilation", Set.of("Compilation", "CompilationSentence", "CompilationVersion")),
            Map.entry("meeting", Set.of("Meeting", "MeetingActionItem", "MeetingAgendaItem", "MeetingAttendance",
                    "MeetingDecision", "MeetingInvitee", "MeetingPaper", "MeetingReviewer", "MinutesVersion",
                    "AgendaTemplate", "AgendaTemplateItem")),
            Map.entry("developmentarea", Set.of("DevelopmentArea", "DevelopmentAreaIndicator")),
            Map.entry("knowledge", Set.of("KnowledgeItem", "KnowledgeLink")),
            Map.entry("submission", Set.of("Request", "RequestDeadline", "RequestQuestion", "Submission",
                    "SubmissionAnswer", "SubmissionCount", "ReminderSent")),
            Map.entry("analysis", Set.of("AnalysisReport", "AnalysisProposal", "PlanMilestone", "PlanResponsibility")),
            Map.entry("decision", Set.of("ProposalDecision", "DecisionVote")),
            Map.entry("actionplan", Set.of("ActionPlan", "ActionActivity", "ActivityNote")),
            Map.entry("followup", Set.of("FollowUp", "FollowUpSection", "MilestoneProgress", "TrendSentence")),
            Map.entry("base", Set.of("AuditEntry", "JobLock")));

    private TableOwnership() {
    }

    /** The owner of a generated table class ({@code Municipality}) or record class ({@code MunicipalityRecord}). */
    static Optional<String> ownerOf(String generatedSimpleName) {
        String table = generatedSimpleName.endsWith("Record")
                ? generatedSimpleName.substring(0, generatedSimpleName.length() - "Record".length())
                : generatedSimpleName;
        return OWNERS.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst();
    }

    static Map<String, String> tableToOwner() {
        Map<String, String> result = new TreeMap<>();
        OWNERS.forEach((module, tables) -> tables.forEach(t -> result.put(t, module)));
        return result;
    }
}
