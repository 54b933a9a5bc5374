package se.fou.oj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.File;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import se.fou.oj.Application;

/**
 * Spring Modulith's view of the application: each package under {@code se.fou.oj} is a module whose API is its base
 * package (services and the records they return); sub-packages such as {@code ui} are internal unless declared a
 * named interface. The generated jOOQ classes are no module.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class,
            JavaClass.Predicates.resideInAPackage("se.fou.oj.db.."));

    @Test
    void modulesHaveNoLoopAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /** The same check fails on the deliberately broken modules in {@code fixture.modules}: a loop and an internal type. */
    @Test
    void theCheckCatchesBrokenModules() {
        ApplicationModules broken = ApplicationModules.of("se.fou.oj.architecture.fixture.modules", location -> true);
        String violations = broken.detectViolations().getMessage();
        assertThat(violations).contains("Cycle detected").contains("non-exposed type")
                .contains("fixture.modules.alpha.internal.AlphaSecret");
    }

    /** Writes the module diagram and one canvas per module to target/spring-modulith-docs (linked from the README). */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(new File("target/spring-modulith-docs/components.puml")).exists();
    }
}
