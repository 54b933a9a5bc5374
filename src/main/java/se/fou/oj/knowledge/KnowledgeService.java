package se.fou.oj.knowledge;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.developmentarea.DevelopmentArea;
import se.fou.oj.developmentarea.DevelopmentAreaService;

/**
 * The knowledge base: what research and other sources say, each item with its reference and summary, attached to
 * development areas with how it bears on each. Everybody of the region reads it; FoU writes it.
 */
@Service
public class KnowledgeService {

    private final KnowledgeRepository repository;
    private final DevelopmentAreaService developmentAreaService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    KnowledgeService(KnowledgeRepository repository, DevelopmentAreaService developmentAreaService, AuditService audit,
                     Messages messages, Clock clock) {
        this.repository = repository;
        this.developmentAreaService = developmentAreaService;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A page of the items matching every word of the text (authors, title, publisher, summary or year). */
    @Transactional(readOnly = true)
    public List<KnowledgeItem> search(String text, int offset, int limit) {
        CurrentUser.require();
        return repository.search(text, Math.max(0, offset), Math.max(0, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public int count(String text) {
        CurrentUser.require();
        return repository.count(text);
    }

    @Transactional(readOnly = true)
    public KnowledgeItem item(long id) {
        CurrentUser.require();
        return repository.byId(id).orElseThrow(() -> new NotFoundException(messages.get("knowledge.error.notFound")));
    }

    @Transactional
    public KnowledgeItem create(KnowledgeItemDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("createKnowledgeItem", Role.FOU);
        KnowledgeItemDraft clean = validate(draft);
        long id = repository.insert(clean, user.username(), LocalDateTime.now(clock));
        audit.record("CREATE", "knowledgeItem", id, clean.authors() + ": " + clean.title());
        return item(id);
    }

    @Transactional
    public KnowledgeItem update(long id, KnowledgeItemDraft draft) {
        AppUserPrincipal user = AccessGuard.requireRole("editKnowledgeItem", Role.FOU);
        KnowledgeItem before = item(id);
        KnowledgeItemDraft clean = validate(draft);
        repository.update(id, clean, user.username(), LocalDateTime.now(clock));
        // Fields named by the knowledge base's own labels ("knowledge.title" → "Titel")
        audit.record("EDIT", "knowledgeItem", id, null, clean.authors() + ": " + clean.title(), AuditChanges.of()
                .field("knowledge.authors", before.authors(), clean.authors())
                .field("knowledge.year", before.year(), clean.year())
                .field("knowledge.title", before.title(), clean.title())
                .field("knowledge.publisher", before.publisher(), clean.publisher())
                .field("knowledge.link", before.link(), clean.link())
                .field("knowledge.summary", before.summary(), clean.summary()));
        return item(id);
    }

    /** How many development areas the item is attached to, so that a deletion can say what it takes along. */
    @Transactional(readOnly = true)
    public int linkCount(long itemId) {
        CurrentUser.require();
        return repository.linkCount(itemId);
    }

    /**
     * Deletes a mistaken or outdated item with its links to development areas. Reports already sent for decision keep
     * it: their PDFs are stored as sent.
     */
    @Transactional
    public void delete(long itemId) {
        AccessGuard.requireRole("deleteKnowledgeItem", Role.FOU);
        KnowledgeItem item = item(itemId);
        int links = repository.linkCount(itemId);
        repository.delete(itemId);
        audit.record("DELETE", "knowledgeItem", itemId, item.reference() + " (" + links + " kopplingar)");
    }

    /** Attaches an item to a development area with how it bears on it; linking again rewrites that text. */
    @Transactional
    public void link(long itemId, long developmentAreaId, String relevance) {
        AppUserPrincipal user = AccessGuard.requireRole("linkKnowledge", Role.FOU);
        KnowledgeItem item = item(itemId);
        DevelopmentArea area = developmentAreaService.developmentArea(developmentAreaId);
        if (!StringUtils.hasText(relevance)) {
            throw new ValidationException(messages.get("knowledge.error.relevance"));
        }
        TextLimit.TEXT.check(messages, relevance.trim(), "knowledge.relevance");
        repository.link(itemId, developmentAreaId, relevance.trim(), user.username(), LocalDateTime.now(clock));
        audit.record("LINK", "knowledgeItem", itemId, item.citation() + " → " + area.title());
    }

    @Transactional
    public void unlink(long linkId) {
        AccessGuard.requireRole("unlinkKnowledge", Role.FOU);
        long areaId = repository.areaOfLink(linkId).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
        repository.unlink(linkId);
        audit.record("UNLINK", "developmentArea", areaId, "Kunskapslänk " + linkId);
    }

    /** Every development area's knowledge of the cycle, by area id. */
    @Transactional(readOnly = true)
    public Map<Long, List<KnowledgeLink>> linksOfCycle(long cycleId) {
        CurrentUser.require();
        List<Long> areaIds = developmentAreaService.areasOfCycle(cycleId).stream().map(DevelopmentArea::id).toList();
        return (areaIds.isEmpty() ? List.<KnowledgeLink>of() : repository.linksOfAreas(areaIds)).stream()
                .collect(Collectors.groupingBy(KnowledgeLink::developmentAreaId, LinkedHashMap::new, Collectors.toList()));
    }

    private KnowledgeItemDraft validate(KnowledgeItemDraft draft) {
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(draft.authors())) {
            problems.add(messages.get("knowledge.error.authors"));
        }
        if (!StringUtils.hasText(draft.title())) {
            problems.add(messages.get("knowledge.error.title"));
        }
        if (!StringUtils.hasText(draft.summary())) {
            problems.add(messages.get("knowledge.error.summary"));
        }
        if (draft.year() != null && (draft.year() < 1900 || draft.year() > Year.now(clock).getValue() + 1)) {
            problems.add(messages.get("knowledge.error.year", Year.now(clock).getValue() + 1));
        }
        lengthProblem(TextLimit.REFERENCE, draft.authors(), "knowledge.authors", problems);
        lengthProblem(TextLimit.REFERENCE, draft.title(), "knowledge.title", problems);
        lengthProblem(TextLimit.TITLE, draft.publisher(), "knowledge.publisher", problems);
        lengthProblem(TextLimit.REFERENCE, draft.link(), "knowledge.link", problems);
        lengthProblem(TextLimit.TEXT, draft.summary(), "knowledge.summary", problems);
        String link = trimmed(draft.link());
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            problems.add(messages.get("knowledge.error.link"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new KnowledgeItemDraft(draft.authors().trim(), draft.year(), draft.title().trim(), trimmed(draft.publisher()),
                link, draft.summary().trim());
    }

    private void lengthProblem(TextLimit limit, String text, String labelKey, List<String> problems) {
        String clean = trimmed(text);
        if (!limit.fits(clean)) {
            problems.add(limit.problem(messages, clean, labelKey));
        }
    }

    private static String trimmed(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }
}
