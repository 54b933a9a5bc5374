package se.fou.oj.interpretation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MeetingTitle;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/**
 * The interpretation register (stage 1). Readings belong to an area and an indicator code, so they carry over to the
 * next year's cycle of the area, where FoU confirms or revises them; every version is kept. Every user may read;
 * only FoU writes.
 */
@Service
public class InterpretationService {

    /** The longest indicator code (as in the results import). */
    public static final int MAX_CODE = 20;

    private final InterpretationRepository repository;
    private final CycleService cycleService;
    private final ResultsService resultsService;
    private final MeetingService meetingService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    InterpretationService(InterpretationRepository repository, CycleService cycleService, ResultsService resultsService,
                          MeetingService meetingService, AuditService audit, Messages messages, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.cycleService = cycleService;
        this.resultsService = resultsService;
        this.meetingService = meetingService;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The cycle's indicators with their readings: the cycle's own indicators, plus any code that has a reading in the
     * area (quality assurance comes before this year's results exist).
     */
    @Transactional(readOnly = true)
    public List<IndicatorInterpretation> forCycle(long cycleId) {
        CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        Map<String, List<InterpretationVersion>> versions = allVersions(cycle);
        Map<String, String> texts = indicatorTexts(cycle.areaId());
        Set<String> codes = new LinkedHashSet<>();
        List<IndicatorRow> rows = resultsService.results(cycleId).allRows();
        rows.forEach(r -> codes.add(r.code()));
        codes.addAll(versions.keySet());
        List<IndicatorInterpretation> result = new ArrayList<>();
        for (String code : codes) {
            String text = rows.stream().filter(r -> r.code().equals(code)).map(IndicatorRow::text).findFirst()
                    .orElse(texts.getOrDefault(code, ""));
            List<InterpretationVersion> history = versions.getOrDefault(code, List.of());
            InterpretationVersion current = history.isEmpty() ? null : history.get(history.size() - 1);
            result.add(new IndicatorInterpretation(code, text, current, status(current, cycleId)));
        }
        return result;
    }

    private static InterpretationStatus status(InterpretationVersion current, long cycleId) {
        if (current == null) {
            return InterpretationStatus.NONE;
        }
        if (current.cycleId() == cycleId) {
            return InterpretationStatus.AGREED_THIS_CYCLE;
        }
        return current.confirmations().stream().anyMatch(c -> c.cycleId() == cycleId)
                ? InterpretationStatus.CONFIRMED_THIS_CYCLE : InterpretationStatus.CARRIED_OVER;
    }

    /** The current reading of an indicator in the cycle's area, if any. */
    @Transactional(readOnly = true)
    public Optional<InterpretationVersion> current(long cycleId, String indicatorCode) {
        List<InterpretationVersion> history = history(cycleId, indicatorCode);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** Every version of an indicator's reading, oldest first. */
    @Transactional(readOnly = true)
    public List<InterpretationVersion> history(long cycleId, String indicatorCode) {
        CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        return allVersions(cycle).getOrDefault(indicatorCode, List.of());
    }

    /** All current readings of the cycle's area by indicator code (for the compilation PDF). */
    @Transactional(readOnly = true)
    public Map<String, InterpretationVersion> currentByCode(long cycleId) {
        CurrentUser.require();
        Cycle cycle = cycleService.cycle(cycleId);
        Map<String, InterpretationVersion> current = new LinkedHashMap<>();
        allVersions(cycle).forEach((code, history) -> current.put(code, history.get(history.size() - 1)));
        return current;
    }

    /**
     * Agrees a reading, or revises the current one: always a new version; the earlier ones stay. The draft may name
     * the meeting of this cycle where it was agreed, beside or instead of the free-text meeting note.
     */
    @Transactional
    public InterpretationVersion agree(long cycleId, String indicatorCode, InterpretationDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("agreeInterpretation", Role.FOU);
        Cycle cycle = cycleService.cycle(cycleId);
        String code = indicatorCode == null ? "" : indicatorCode.trim().toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (!code.matches("[A-ZÅÄÖ0-9._-]{1," + MAX_CODE + "}")) {
            problems.add(messages.get("interpretation.error.code"));
        }
        if (draft.reading() == null || draft.reading().isBlank()) {
            problems.add(messages.get("interpretation.error.reading"));
        }
        if (!TextLimit.TEXT.fits(draft.reading())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.reading(), "interpretation.reading"));
        }
        if (!TextLimit.TEXT.fits(draft.definitions())) {
            problems.add(TextLimit.TEXT.problem(messages, draft.definitions(), "interpretation.definitions"));
        }
        if (!TextLimit.TITLE.fits(draft.meetingNote())) {
            problems.add(TextLimit.TITLE.problem(messages, draft.meetingNote(), "interpretation.meetingNote"));
        }
        if (draft.agreedOn() == null) {
            problems.add(messages.get("interpretation.error.agreedOn"));
        } else if (draft.agreedOn().isAfter(LocalDate.now(clock))) {
            problems.add(messages.get("interpretation.error.future"));
        }
        if (draft.meetingId() != null && !meetingOfCycle(draft.meetingId(), cycleId)) {
            problems.add(messages.get("interpretation.error.meeting"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int versionNo = allVersions(cycle).getOrDefault(code, List.of()).size() + 1;
        repository.insert(cycle.areaId(), code, versionNo, draft.reading().trim(), blankToNull(draft.definitions()),
                draft.agreedOn(), blankToNull(draft.meetingNote()), draft.meetingId(), cycleId, user.username(),
                LocalDateTime.now(clock));
        audit.record(versionNo == 1 ? "AGREE" : "REVISE", "interpretation", cycle.areaName() + " " + code,
                "Version " + versionNo + " i " + cycle.title() + ": " + draft.reading().trim());
        return current(cycleId, code).orElseThrow();
    }

    /** Keeps an earlier year's reading unchanged for this cycle. */
    @Transactional
    public void confirm(long cycleId, String indicatorCode) {
        AppUserPrincipal user = AccessGuard.requireRole("confirmInterpretation", Role.FOU);
        InterpretationVersion current = current(cycleId, indicatorCode)
                .orElseThrow(() -> new NotFoundException(messages.get("interpretation.error.none", indicatorCode)));
        if (current.cycleId() == cycleId || current.confirmations().stream().anyMatch(c -> c.cycleId() == cycleId)) {
            throw new ValidationException(messages.get("interpretation.error.alreadyCurrent", indicatorCode));
        }
        repository.confirm(current.id(), cycleId, user.username(), LocalDateTime.now(clock));
        audit.record("CONFIRM", "interpretation", indicatorCode, "Version " + current.versionNo() + " bekräftad för cykel " + cycleId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Every version of the area's readings, the cycles' years and the meetings' titles from their own modules. */
    private Map<String, List<InterpretationVersion>> allVersions(Cycle cycle) {
        Map<Long, Integer> years = cycleService.cycles().stream()
                .collect(Collectors.toMap(Cycle::id, Cycle::year));
        return repository.allVersions(cycle.areaId(), years, meetingService::titles);
    }

    /** Whether the meeting exists and belongs to the cycle (meeting owns the meetings). */
    private boolean meetingOfCycle(long meetingId, long cycleId) {
        MeetingTitle meeting = meetingService.titles(List.of(meetingId)).get(meetingId);
        return meeting != null && meeting.cycleId() == cycleId;
    }

    /** Indicator texts by code from the area's cycles, the latest year's wording winning. */
    private Map<String, String> indicatorTexts(long areaId) {
        List<Long> oldestFirst = cycleService.cycles().stream().filter(c -> c.areaId() == areaId)
                .sorted(Comparator.comparingInt(Cycle::year)).map(Cycle::id).toList();
        return resultsService.indicatorTexts(oldestFirst);
    }
}
