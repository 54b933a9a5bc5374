package se.fou.oj.compilation;

import java.util.ArrayList;
import java.util.Collection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.interpretation.InterpretationService;
import se.fou.oj.results.CycleResults;
import se.fou.oj.results.IndicatorRow;
import se.fou.oj.results.ResultsService;

/**
 * The compilation of a cycle's results. FoU edits and previews the draft; publishing fixes a version (its PDF is kept
 * as published), opens the cycle's results to every municipality and notifies them. Before the first publication
 * only FoU sees anything of it.
 */
@Service
public class CompilationService {

    /** The longest reworded sentence of an indicator. */
    public static final int MAX_SENTENCE = 4000;


    private final CompilationRepository repository;
    private final ResultsService resultsService;
    private final CycleService cycleService;
    private final ApplicationEventPublisher events;
    private final InterpretationService interpretationService;
    private final AuditService audit;
    private final Messages messages;
    private final String regionName;
    private final Clock clock;

    CompilationService(CompilationRepository repository, ResultsService resultsService, CycleService cycleService,
                       ApplicationEventPublisher events, InterpretationService interpretationService,
                       AuditService audit, Messages messages,
                       @Value("${app.region-name:FoU Nordväst}") String regionName, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.resultsService = resultsService;
        this.cycleService = cycleService;
        this.events = events;
        this.interpretationService = interpretationService;
        this.audit = audit;
        this.messages = messages;
        this.regionName = regionName;
    }

    public String regionName() {
        return regionName;
    }

    /** The draft with every sentence generated from the current data (FoU only). */
    @Transactional(readOnly = true)
    public CompilationDraft draft(long cycleId) {
        AccessGuard.requireRole("readCompilationDraft", Role.FOU);
        // The compilation is published to every municipality, so it is drawn as they will read it: an unpublished
        // previous year adds no "Jämfört med 2017" (FoU's own results view still shows it)
        CycleResults results = resultsService.resultsAsPublished(cycleId);
        CompilationRepository.Texts texts = repository.texts(cycleId);
        Map<String, CompilationRepository.StoredSentence> stored = repository.sentences(cycleId);
        Map<String, IndicatorSentence> sentences = new LinkedHashMap<>();
        for (IndicatorRow row : results.allRows()) {
            String generated = ComparisonSentences.forIndicator(row, results.municipalities(), results.comparisonUnits());
            CompilationRepository.StoredSentence edit = stored.get(row.code());
            boolean flagged = edit != null && (!edit.generatedText().equals(generated)
                    || !percentagesAgree(edit.editedText(), row));
            sentences.put(row.code(), new IndicatorSentence(row.code(), generated, edit == null ? null : edit.editedText(),
                    flagged));
        }
        return new CompilationDraft(results, texts.introduction(), texts.resultsInBrief(), ResultsInBrief.suggest(results),
                sentences, repository.versions(cycleId), interpretationService.currentByCode(cycleId));
    }

    /**
     * Every percentage an edited sentence names must be one of the indicator's figures exactly as printed (average,
     * Stockholm, Riket, last year's average: "62,5 procent", never a rounded "63 procent"), and every change in
     * percentage points the change itself.
     */
    static boolean percentagesAgree(String text, IndicatorRow row) {
        List<BigDecimal> figures = new ArrayList<>();
        if (row.average() != null && row.average().value() != null) {
            figures.add(row.average().value());
        }
        figures.addAll(row.comparisons().values());
        List<BigDecimal> points = new ArrayList<>();
        if (row.change() != null && row.change().percentagePoints() != null) {
            points.add(row.change().percentagePoints().abs());
            if (row.change().previousAverage() != null && row.change().previousAverage().value() != null) {
                figures.add(row.change().previousAverage().value());
            }
        }
        return SentenceFigures.agree(text, figures, points);
    }

    @Transactional
    public void saveTexts(long cycleId, String introduction, String resultsInBrief) {
        AppUserPrincipal user = AccessGuard.requireRole("editCompilation", Role.FOU);
        cycleService.cycle(cycleId);
        TextLimit.TEXT.check(messages, blankToNull(introduction), "compilation.introduction");
        TextLimit.TEXT.check(messages, blankToNull(resultsInBrief), "compilation.resultsInBrief");
        CompilationRepository.Texts before = repository.texts(cycleId);
        repository.saveTexts(cycleId, blankToNull(introduction), blankToNull(resultsInBrief), user.username(),
                LocalDateTime.now(clock));
        audit.recordIfChanged("EDIT", "compilation", cycleId, null, "Inledning och resultat i korthet", AuditChanges.of()
                .field("introduction", before.introduction(), blankToNull(introduction))
                .field("resultsInBrief", before.resultsInBrief(), blankToNull(resultsInBrief)));
    }

    /** FoU's own wording for an indicator's sentence; an empty text returns to the generated sentence. */
    @Transactional
    public void editSentence(long cycleId, String indicatorCode, String text) {
        AppUserPrincipal user = AccessGuard.requireRole("editCompilation", Role.FOU);
        IndicatorSentence current = draft(cycleId).sentences().get(indicatorCode);
        if (current == null) {
            throw new NotFoundException(messages.get("compilation.error.noIndicator", indicatorCode));
        }
        if (text == null || text.isBlank() || text.trim().equals(current.generated())) {
            repository.deleteSentence(cycleId, indicatorCode);
            audit.record("RESET_SENTENCE", "compilation", cycleId, null, indicatorCode, AuditChanges.of()
                    .field("sentence:" + indicatorCode, current.effective(), current.generated()));
            return;
        }
        if (text.length() > MAX_SENTENCE) {
            throw new ValidationException(messages.get("text.error.tooLong", messages.get("compilation.sentence.text"),
                    MAX_SENTENCE, text.length()));
        }
        repository.saveSentence(cycleId, indicatorCode, text.trim(), current.generated(), user.username(), LocalDateTime.now(clock));
        audit.record("EDIT_SENTENCE", "compilation", cycleId, null, indicatorCode + ": " + text.trim(), AuditChanges.of()
                .field("sentence:" + indicatorCode, current.effective(), text.trim()));
    }

    /** The draft as a PDF, marked UTKAST on every page (FoU only). */
    @Transactional(readOnly = true)
    public void writeDraftPdf(long cycleId, OutputStream out) {
        CompilationDraft draft = draft(cycleId);
        if (draft.results().tables().isEmpty()) {
            throw new ValidationException(messages.get("compilation.error.noResults"));
        }
        CompilationPdf.write(draft, regionName, false, draft.nextVersionNo(), messages, out);
    }

    /**
     * Publishes a fixed version: its PDF is stored as it is now, the results open to the whole region and the
     * municipalities' contacts and the social chiefs are notified in the app.
     */
    @Transactional
    public CompilationVersion publish(long cycleId) {
        AppUserPrincipal user = AccessGuard.requireRole("publishCompilation", Role.FOU);
        CompilationDraft draft = draft(cycleId);
        if (draft.results().tables().isEmpty()) {
            throw new ValidationException(messages.get("compilation.error.noResults"));
        }
        int versionNo = draft.nextVersionNo();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        CompilationPdf.write(draft, regionName, true, versionNo, messages, pdf);
        repository.insertVersion(cycleId, versionNo, pdf.toByteArray(), user.username(), LocalDateTime.now(clock));
        Cycle cycle = draft.results().cycle();
        if (!cycle.resultsPublished()) {
            cycleService.publishResults(cycleId);
        }
        events.publishEvent(new CompilationPublished(cycleId, cycle.title(), versionNo));
        audit.record("PUBLISH", "compilation", cycleId, "Version " + versionNo + " publicerad");
        return repository.versions(cycleId).get(0);
    }

    /** The published versions, newest first: every role of the region may see them. */
    @Transactional(readOnly = true)
    public List<CompilationVersion> versions(long cycleId) {
        cycleService.cycle(cycleId);
        return repository.versions(cycleId);
    }

    /**
     * The published versions of several cycles at once, newest first within each (e.g. for the start page): the same
     * rule as {@link #versions}, one query for all. Every given cycle has an entry, empty when nothing is published.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<CompilationVersion>> versionsOfCycles(Collection<Long> cycleIds) {
        CurrentUser.require();
        Map<Long, List<CompilationVersion>> byCycle = new LinkedHashMap<>();
        cycleIds.forEach(id -> byCycle.put(id, new ArrayList<>()));
        if (!cycleIds.isEmpty()) {
            repository.versionsOfCycles(cycleIds).forEach(v -> byCycle.get(v.cycleId()).add(v));
        }
        return byCycle;
    }

    /** A published version's PDF exactly as published; {@code versionNo} null means the latest. */
    @Transactional(readOnly = true)
    public void writePublishedPdf(long cycleId, Integer versionNo, OutputStream out) {
        List<CompilationVersion> versions = versions(cycleId);
        int wanted = versionNo != null ? versionNo
                : versions.stream().mapToInt(CompilationVersion::versionNo).max()
                        .orElseThrow(() -> new NotFoundException(messages.get("compilation.error.notPublished")));
        byte[] pdf = repository.pdf(cycleId, wanted)
                .orElseThrow(() -> new NotFoundException(messages.get("compilation.error.noVersion", wanted)));
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the API serves as "the compilation": for FoU the latest draft, for everyone else the latest published. */
    @Transactional(readOnly = true)
    public void writeCurrentPdf(long cycleId, OutputStream out) {
        if (CurrentUser.require().hasRole(Role.FOU)) {
            writeDraftPdf(cycleId, out);
        } else {
            writePublishedPdf(cycleId, null, out);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
