package se.fou.oj.base.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Browser titles that name the view first: "Möten – Ekonomiskt bistånd 2018 – FoU Nordväst" (WCAG 2.4.2). */
public final class PageTitles {

    private PageTitles() {
    }

    /**
     * The parts, most specific first, followed by the service's name; empty parts are left out, and so is a part an
     * earlier one already says ("Resultatmöte – Ekonomiskt bistånd 2018" needs no second "Ekonomiskt bistånd 2018").
     */
    public static String of(String... parts) {
        String site = UI.getCurrent() == null ? "FoU Nordväst" : UI.getCurrent().getTranslation("title.site");
        List<String> kept = new ArrayList<>();
        Stream.concat(Arrays.stream(parts), Stream.of(site)).filter(Objects::nonNull).map(String::strip)
                .filter(part -> !part.isEmpty())
                .filter(part -> kept.stream().noneMatch(earlier -> earlier.contains(part)))
                .forEach(kept::add);
        return String.join(" – ", kept);
    }
}
