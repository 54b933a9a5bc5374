package se.fou.oj.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between modules: no loop between features (screens included), {@code base} imports no feature, and
 * each module queries only the tables it owns ({@link TableOwnership}). Each check is also run against the
 * deliberately broken classes in {@code fixture.modules}, so a check that silently matches nothing would be noticed.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "se.fou.oj.";
    /** Deliberately broken modules: alpha and beta import each other, base imports alpha, alpha reads region's table. */
    private static final String FIXTURE_ROOT = "se.fou.oj.architecture.fixture.modules.";
    private static final String GENERATED_TABLES = "se.fou.oj.db.tables";

    private static JavaClasses production;
    private static JavaClasses brokenFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.fou.oj");
        brokenFixture = new ClassFileImporter().importPackages(FIXTURE_ROOT + "..");
    }

    /** No two modules depend on each other, directly or around a loop; the generated jOOQ classes are no module. */
    static final ArchRule MODULES_FORM_NO_LOOP = slices().matching("se.fou.oj.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAPackage("se.fou.oj.db.."));

    @Test
    void modulesFormNoLoop() {
        MODULES_FORM_NO_LOOP.check(production);
    }

    @Test
    void baseImportsNoFeature() {
        assertThat(featureDependenciesOfBase(production, ROOT)).isEmpty();
    }

    @Test
    void theChecksCatchBrokenModules() {
        assertThat(slices().matching(FIXTURE_ROOT + "(*)..").should().beFreeOfCycles().evaluate(brokenFixture)
                .hasViolation()).as("loop alpha ⇄ beta").isTrue();
        assertThat(featureDependenciesOfBase(brokenFixture, FIXTURE_ROOT)).as("base → alpha").isNotEmpty();
        assertThat(foreignTableAccesses(brokenFixture, FIXTURE_ROOT)).as("alpha reads region's table")
                .containsExactly("AlphaRepository (alpha) uses Municipality owned by region");
    }

    @Test
    void everyTableHasAnOwner() {
        Set<String> unowned = new TreeSet<>();
        production.stream().filter(c -> c.getPackageName().equals(GENERATED_TABLES))
                .filter(c -> c.getEnclosingClass().isEmpty())
                .filter(c -> TableOwnership.ownerOf(c.getSimpleName()).isEmpty())
                .forEach(c -> unowned.add(c.getSimpleName()));
        assertThat(unowned).as("tables without an owner in TableOwnership").isEmpty();
    }

    @Test
    void eachModuleQueriesOnlyItsOwnTables() {
        assertThat(foreignTableAccesses(production, ROOT)).isEmpty();
    }

    static List<String> featureDependenciesOfBase(JavaClasses classes, String root) {
        List<String> found = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!moduleOf(c, root).equals(Optional.of("base"))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                Optional<String> target = moduleOf(d.getTargetClass(), root);
                if (target.isPresent() && !target.get().equals("base") && !target.get().equals("db")) {
                    found.add(d.getDescription());
                }
            }
        }
        return found;
    }

    /** Every use of a generated table or record class from a module that does not own the table. */
    static Set<String> foreignTableAccesses(JavaClasses classes, String root) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            Optional<String> module = moduleOf(c, root);
            if (module.isEmpty() || module.get().equals("db")) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith(GENERATED_TABLES)) {
                    continue;
                }
                String table = target.getName().substring(target.getPackageName().length() + 1).replaceAll("\\$.*", "");
                String owner = TableOwnership.ownerOf(table).orElse("?");
                if (!owner.equals(module.get())) {
                    found.add(c.getSimpleName() + " (" + module.get() + ") uses " + table + " owned by " + owner);
                }
            }
        }
        return found;
    }

    /** The module of a class: the package directly under the root, or empty outside the application. */
    static Optional<String> moduleOf(JavaClass c, String root) {
        String name = c.getPackageName();
        if (!name.startsWith(root) || name.startsWith(GENERATED_TABLES)) {
            return name.startsWith(GENERATED_TABLES) ? Optional.of("db") : Optional.empty();
        }
        String rest = name.substring(root.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
