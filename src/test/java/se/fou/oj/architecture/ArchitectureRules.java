package se.fou.oj.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Date;
import java.util.Set;

/** The layering rules of the project, shared by the real check and by the test proving they can fail. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Views never touch jOOQ: they go through the feature's service. */
    static final ArchRule VIEWS_DO_NOT_TOUCH_JOOQ = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.fou.oj.db..")
            .because("views go through services, which own the transaction and the authorization");

    /** Services, repositories and the API never touch Vaadin: the same rules serve screens, API and jobs. */
    static final ArchRule BACKEND_DOES_NOT_TOUCH_VAADIN = noClasses().that().haveSimpleNameEndingWith("Service")
            .or().haveSimpleNameEndingWith("Repository").or().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("services must work the same for the screens, the API and scheduled jobs");

    /** Only repositories (and the generated classes themselves) use jOOQ's DSLContext and the generated tables. */
    static final ArchRule ONLY_REPOSITORIES_QUERY = noClasses().that().haveSimpleNameNotEndingWith("Repository")
            .and().resideOutsideOfPackage("se.fou.oj.db..")
            .should().dependOnClassesThat().resideInAnyPackage("se.fou.oj.db..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
            .because("queries live in the feature's package-private repository");

    /** Repositories are package-private: other features reach the data only through the owning service. */
    static final ArchRule REPOSITORIES_ARE_PACKAGE_PRIVATE = classes().that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic()
            .because("a feature's data is reached only through its service");

    /** Views live in a feature's ui package and are not called by services. */
    static final ArchRule SERVICES_DO_NOT_DEPEND_ON_VIEWS = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /** The java.time types whose no-argument {@code now()} reads the system clock. */
    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.ZonedDateTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_TIME = DescribedPredicate.describe(
            "read the system time (now() without a Clock, System.currentTimeMillis(), Clock.system*())", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                return TIME_TYPES.contains(owner) && name.equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.time.Clock") && name.startsWith("system");
            });

    /** Every "now" comes from the injected Clock (base.ClockConfig), so that a test or the demo can set the time. */
    static final ArchRule EVERY_NOW_FROM_THE_CLOCK = noClasses().that()
            .doNotHaveFullyQualifiedName("se.fou.oj.base.ClockConfig")
            .should().callMethodWhere(READS_THE_SYSTEM_TIME)
            .orShould().callConstructor(Date.class)
            .because("deadlines, reminders and stamps are judged by the one clock that tests fix and the demo sets");
}
