package se.fou.oj.region;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;

/** The region's reference data: municipalities, areas and comparison units. Reading is open to every user. */
@Service
public class RegionService {

    private final RegionRepository repository;
    private final AuditService audit;
    private final Messages messages;

    RegionService(RegionRepository repository, AuditService audit, Messages messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
    }

    /** The region's municipalities in Swedish alphabetical order (Upplands-Bro before Upplands Väsby, as the reports). */
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        CurrentUser.require();
        Collator swedish = Collator.getInstance(Messages.SWEDISH);
        return repository.municipalities().stream().sorted(Comparator.comparing((Municipality m) -> m.name().replace('-', ' '), swedish)).toList();
    }

    @Transactional(readOnly = true)
    public List<Municipality> activeMunicipalities() {
        return municipalities().stream().filter(Municipality::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> municipalityByCode(String code) {
        return municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    @Transactional
    public Municipality saveMunicipality(Long id, String code, String name, boolean active) {
        AccessGuard.requireRole("saveMunicipality", Role.ADMIN);
        String cleanCode = code == null ? "" : code.trim();
        String cleanName = name == null ? "" : name.trim();
        List<String> problems = new ArrayList<>();
        if (!cleanCode.matches("\\d{4}")) {
            problems.add(messages.get("municipality.error.code"));
        } else if (repository.municipalityCodeTaken(cleanCode, id)) {
            problems.add(messages.get("municipality.error.codeTaken", cleanCode));
        }
        if (cleanName.isEmpty()) {
            problems.add(messages.get("municipality.error.name"));
        } else if (!TextLimit.NAME.fits(cleanName)) {
            problems.add(TextLimit.NAME.problem(messages, cleanName, "municipality.name"));
        } else if (repository.municipalityNameTaken(cleanName, id)) {
            problems.add(messages.get("municipality.error.nameTaken", cleanName));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long savedId;
        if (id == null) {
            savedId = repository.insertMunicipality(cleanCode, cleanName, active);
            audit.record("CREATE", "municipality", savedId, cleanCode + " " + cleanName);
        } else {
            Municipality before = repository.municipality(id).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
            repository.updateMunicipality(id, cleanCode, cleanName, active);
            savedId = id;
            audit.record("UPDATE", "municipality", id, null, cleanCode + " " + cleanName + (active ? "" : " (inaktiv)"),
                    AuditChanges.of().field("code", before.code(), cleanCode).field("name", before.name(), cleanName)
                            .coded("active", before.active(), active, "audit.value.active."));
        }
        return new Municipality(savedId, cleanCode, cleanName, active);
    }

    @Transactional(readOnly = true)
    public List<Area> areas() {
        CurrentUser.require();
        return repository.areas();
    }

    @Transactional(readOnly = true)
    public Area area(long id) {
        CurrentUser.require();
        return repository.area(id).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
    }

    @Transactional
    public Area saveArea(Long id, String name, boolean active) {
        AccessGuard.requireRole("saveArea", Role.ADMIN);
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty()) {
            throw new ValidationException(messages.get("area.error.name"));
        }
        TextLimit.NAME.check(messages, cleanName, "area.name");
        if (repository.areaNameTaken(cleanName, id)) {
            throw new ValidationException(messages.get("area.error.nameTaken", cleanName));
        }
        long savedId;
        if (id == null) {
            savedId = repository.insertArea(cleanName, active);
            audit.record("CREATE", "area", savedId, cleanName);
        } else {
            Area before = repository.area(id).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
            repository.updateArea(id, cleanName, active);
            savedId = id;
            audit.record("UPDATE", "area", id, null, cleanName + (active ? "" : " (inaktiv)"), AuditChanges.of()
                    .field("name", before.name(), cleanName).coded("active", before.active(), active, "audit.value.active."));
        }
        return new Area(savedId, cleanName, active);
    }

    @Transactional(readOnly = true)
    public List<ComparisonUnit> comparisonUnits() {
        CurrentUser.require();
        return repository.comparisonUnits();
    }

    /*
     * Batched lookups for other modules, which keep only the ids: one query for all the ids they show. Reference data,
     * so no user is required (the login itself names a contact's municipality); the callers authorize their own reads.
     */

    /** The municipalities with these ids, by id (inactive ones included); unknown ids are missing from the map. */
    @Transactional(readOnly = true)
    public Map<Long, Municipality> municipalitiesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.municipalitiesById(ids);
    }

    /** The names of the municipalities with these ids, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> municipalityNames(Collection<Long> ids) {
        return municipalitiesById(ids).values().stream().collect(Collectors.toMap(Municipality::id, Municipality::name));
    }

    /** The names of the areas with these ids, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> areaNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.areaNames(ids);
    }
}
