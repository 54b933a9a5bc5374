package se.fou.oj.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import se.fou.oj.KaribuTest;
import se.fou.oj.start.ui.StartView;

/** The accessibility statement as a visitor reads it, and the links to it from the login page and every screen. */
class AccessibilityStatementKT extends KaribuTest {

    @Test
    void withoutLoggingInTheStatementShowsEveryPartOfDiggsModel() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);

        assertThat(_find(LoginView.class)).as("not sent to the login page").isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Tillgänglighetsredogörelse för Öppna jämförelser");
        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly(
                "Hur tillgänglig är webbtjänsten?",
                "Vad kan du göra om du inte kan använda delar av webbtjänsten?",
                "Rapportera brister i webbtjänstens tillgänglighet",
                "Tillsyn",
                "Teknisk information om webbtjänstens tillgänglighet",
                "Innehåll som inte är tillgängligt",
                "Hur vi testat webbtjänsten");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("FoU Nordväst står bakom"))
                .anySatisfy(text -> assertThat(text).contains("delvis förenlig", "WCAG 2.1"));
    }

    @Test
    void theStatementNamesItsKnownShortcomingsHonestly() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);

        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).satisfiesExactly(
                charts -> assertThat(charts).contains("Diagrammen", "tabellen"),
                pdf -> assertThat(pdf).contains("PDF", "inte taggade"),
                keyboard -> assertThat(keyboard).contains("tangentbord", "ännu inte"));
    }

    @Test
    void aProblemIsReportedByMailToTheConfiguredAddressAndComplaintsGoToDigg() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("accessibility-contact")).getHref())
                .isEqualTo("mailto:fou@fou-nordvast.se");
        assertThat(_get(Anchor.class, spec -> spec.withId("accessibility-report-link")).getHref())
                .startsWith("mailto:fou@fou-nordvast.se?subject=Tillg%C3%A4nglighetsbrist%20i%20%C3%96ppna%20j%C3%A4mf%C3%B6relser&body=")
                .doesNotContain("+");
        Anchor digg = _get(Anchor.class, spec -> spec.withId("accessibility-digg"));
        assertThat(digg.getHref()).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(digg.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(_get(Paragraph.class, spec -> spec.withId("accessibility-assessed")).getText())
                .contains("självskattning", "2 december 2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("accessibility-updated")).getText())
                .isEqualTo("Redogörelsen uppdaterades senast den 2 december 2026.");
    }

    @Test
    void theLoginPageLinksToTheStatement() {
        UI.getCurrent().navigate(LoginView.class);

        RouterLink link = _get(RouterLink.class, spec -> spec.withId("accessibility-link"));
        assertThat(link.getText()).isEqualTo("Tillgänglighetsredogörelse");
        assertThat(link.getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
    }

    @Test
    void everyScreenOfALoggedInUserLinksToTheStatement() {
        login("ekero");
        UI.getCurrent().navigate(StartView.class);

        assertThat(_find(StartView.class)).hasSize(1);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("accessibility-link"));
        assertThat(link.getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
    }
}
