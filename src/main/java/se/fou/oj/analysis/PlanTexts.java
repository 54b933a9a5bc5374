package se.fou.oj.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;

/**
 * A plan's milestones and responsibilities as FoU types them, one per line: "2019-06-30 Första uppföljningsmötet" and
 * "Ekerö: Kartlägger ..." (a name or municipal code) / "Alla kommuner: ..." / "FoU: ...".
 */
public final class PlanTexts {

    private PlanTexts() {
    }

    /** Who is responsible, as printed: a municipality's name, "Alla kommuner" or "FoU". */
    public static String who(Plan.Responsibility row, Messages messages) {
        return switch (row.responsible()) {
            case MUNICIPALITY -> row.municipalityName();
            case ALL_MUNICIPALITIES -> messages.get("plan.who.all");
            case FOU -> messages.get("plan.who.fou");
        };
    }

    public static List<Plan.Milestone> parseMilestones(String text, Messages messages) {
        List<Plan.Milestone> milestones = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : lines(text)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                LocalDate date = LocalDate.parse(parts[0]);
                if (parts.length < 2) {
                    problems.add(messages.get("plan.error.milestoneLine", number));
                } else {
                    milestones.add(new Plan.Milestone(date, parts[1].trim()));
                }
            } catch (DateTimeParseException e) {
                problems.add(messages.get("plan.error.milestoneLine", number));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return milestones;
    }

    /** Lines "who: task", where who is a municipal code or name, "Alla kommuner"/"Alla" or "FoU". */
    public static List<PlanDraft.ResponsibilityDraft> parseResponsibilities(String text, Map<String, String> codeByName,
                                                                           Messages messages) {
        List<PlanDraft.ResponsibilityDraft> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (String line : lines(text)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                problems.add(messages.get("plan.error.responsibilityLine", number));
                continue;
            }
            String who = line.substring(0, colon).trim();
            String task = line.substring(colon + 1).trim();
            String lower = who.toLowerCase(Locale.ROOT);
            if (lower.equals("alla") || lower.equals("alla kommuner") || lower.equals("all municipalities")) {
                rows.add(new PlanDraft.ResponsibilityDraft(PlanDraft.ALL, task));
            } else if (lower.equals("fou")) {
                rows.add(new PlanDraft.ResponsibilityDraft(PlanDraft.FOU, task));
            } else {
                String code = codeByName.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(who))
                        .map(Map.Entry::getValue).findFirst().orElse(who);
                rows.add(new PlanDraft.ResponsibilityDraft(code, task));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return rows;
    }

    public static String milestonesText(Plan plan) {
        return String.join("\n", plan.milestones().stream().map(m -> m.dueOn() + " " + m.title()).toList());
    }

    public static String responsibilitiesText(Plan plan, Messages messages) {
        return String.join("\n", plan.responsibilities().stream().map(r -> who(r, messages) + ": " + r.task()).toList());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).toList();
    }
}
