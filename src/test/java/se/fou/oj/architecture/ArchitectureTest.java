package se.fou.oj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering rules hold for the production code, and each rule does fail on the deliberately broken classes in
 * {@code fixture}, so a rule that silently matches nothing would be noticed.
 */
class ArchitectureTest {

    private static JavaClasses production;
    private static JavaClasses brokenFixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.fou.oj");
        brokenFixture = new ClassFileImporter().importPackages("se.fou.oj.architecture.fixture");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(ArchitectureRules.VIEWS_DO_NOT_TOUCH_JOOQ, ArchitectureRules.BACKEND_DOES_NOT_TOUCH_VAADIN,
                ArchitectureRules.ONLY_REPOSITORIES_QUERY, ArchitectureRules.REPOSITORIES_ARE_PACKAGE_PRIVATE,
                ArchitectureRules.SERVICES_DO_NOT_DEPEND_ON_VIEWS, ArchitectureRules.EVERY_NOW_FROM_THE_CLOCK);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(production);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleCatchesABrokenClass(ArchRule rule) {
        assertThat(rule.evaluate(brokenFixture).hasViolation()).as(rule.getDescription()).isTrue();
    }
}
