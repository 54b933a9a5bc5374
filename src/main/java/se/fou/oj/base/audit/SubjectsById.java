package se.fou.oj.base.audit;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** {@link AuditSubjects} for the common case: one kind of thing, recorded by its number, named by one look-up. */
public abstract class SubjectsById implements AuditSubjects {

    private final String entityType;
    private final LongFunction<Optional<String>> nameById;

    protected SubjectsById(String entityType, LongFunction<Optional<String>> nameById) {
        this.entityType = entityType;
        this.nameById = nameById;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(entityType);
    }

    @Override
    public Optional<String> nameOf(String type, String entityId) {
        return AuditSubjects.numeric(entityId).flatMap(nameById::apply);
    }
}
