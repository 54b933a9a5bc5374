package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every screen states who may open it: no route relies on a default. */
class RouteAccessAnnotationTest {

    private static final Set<Class<? extends Annotation>> ACCESS = Set.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    private static List<Class<?>> scan(ClassPathScanningCandidateComponentProvider scanner) {
        return scanner.findCandidateComponents("se.fou.oj").stream().<Class<?>>map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).filter(c -> !c.getPackageName().contains(".architecture.")).toList();
    }

    @Test
    void everyRouteAndErrorViewHasAnAccessAnnotation() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        List<Class<?>> views = scan(scanner);
        assertThat(views).hasSizeGreaterThanOrEqualTo(10);
        assertThat(views).allSatisfy(view -> assertThat(Stream.of(view.getAnnotations())
                .map(Annotation::annotationType).filter(ACCESS::contains).count())
                .as(view.getName() + " must have exactly one access annotation").isEqualTo(1L));
    }

    @Test
    void adminScreensAreForAdministratorsOnly() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scan(scanner).stream().filter(v -> v.getAnnotation(Route.class).value().startsWith("admin/"))
                .forEach(v -> assertThat(v.getAnnotation(RolesAllowed.class).value()).as(v.getName()).containsExactly("ADMIN"));
    }
}
