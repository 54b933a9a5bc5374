package se.fou.oj.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart texts come from imported files and from people; in the page's markup they are text, never markup. */
class SvgChartRendererTest {

    @Test
    void textsAndTheLabelAreEscapedAndSwedishLettersStay() {
        String svg = SvgChartRenderer.render(List.of(new ChartShape.Text(1, 2, "<img src=x onerror='alert(1)'> & ö",
                10, ChartShape.Anchor.START, "#000000", false)), 100, 50, "Snitt \"Ekerö\" <b>");

        assertThat(svg).contains(">&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; ö</text>")
                .contains("aria-label=\"Snitt &quot;Ekerö&quot; &lt;b&gt;\"")
                .doesNotContain("<img", "<b>");
    }
}
