package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The theme is plain CSS that several features add to. An unclosed block (a media query left open by a merge) makes
 * every rule after it apply only on phones, silently: the skip link once showed on every wide screen that way.
 */
class ThemeStylesTest {

    @Test
    void everyBlockOfTheThemeIsClosedWhereItOpens() throws Exception {
        String css = Files.readString(Path.of("frontend/themes/fou/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a '}' without its '{' on line " + line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of the theme").isZero();
        // The rules meant for every width stand outside the phone's media query
        int media = css.indexOf("@media (max-width: 700px)");
        int skipLink = css.indexOf(".skip-link {");
        assertThat(skipLink).isPositive();
        assertThat(depthAt(css, skipLink)).as("the skip link's rule is at the top level").isZero();
        assertThat(media).isPositive();
    }

    private static int depthAt(String css, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
        }
        return depth;
    }
}
