package se.fou.oj.base.ui;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Browser titles that name the view first: "Möten – Ekonomiskt bistånd 2018 – FoU Nordväst" (WCAG 2.4.2). */
public final class PageTitles {

    private PageTitles() {
    }

    /** The parts, most specific first, followed by the service's name; empty parts are left out. */
    public static String of(String... parts) {
        String site = UI.getCurrent() == null ? "FoU Nordväst" : UI.getCurrent().getTranslation("title.site");
        return Stream.concat(Arrays.stream(parts), Stream.of(site)).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" – "));
    }
}
