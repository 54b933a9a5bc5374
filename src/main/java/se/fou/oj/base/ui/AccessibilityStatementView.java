package se.fou.oj.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the law on accessible digital public services (lagen
 * (2018:1937) om tillgänglighet till digital offentlig service) requires, laid out after DIGG's model. It stands outside
 * {@link MainLayout} and is open to anyone, so that a person who cannot log in can still read it and report a problem.
 */
@Route(AccessibilityStatementView.ROUTE)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "tillganglighet";

    /** Where the supervisory authority takes complaints about a public body's accessibility. */
    static final String DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

    /** The day of the self-assessment behind the statement: change it with each new review. */
    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 12, 2);

    /** The day the statement's text last changed: change it with every edit of the texts below. */
    static final LocalDate UPDATED_ON = LocalDate.of(2026, 12, 2);

    /** The known shortcomings, each with its WCAG criterion: one translation key per item. */
    private static final String[] SHORTCOMINGS = {"accessibility.gap.charts", "accessibility.gap.pdf",
            "accessibility.gap.keyboard"};

    public AccessibilityStatementView(@Value("${app.accessibility.contact:fou@fou-nordvast.se}") String contactEmail) {
        setId("accessibility-statement");
        addClassName("accessibility-statement");
        getStyle().set("max-width", "48rem").set("margin", "0 auto").set("padding", "var(--lumo-space-l)");

        add(new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro")),

                heading("accessibility-how", "accessibility.how.title"),
                new Paragraph(getTranslation("accessibility.how.text")),

                heading("accessibility-alternative", "accessibility.alternative.title"),
                new Paragraph(getTranslation("accessibility.alternative.text")),
                contactLink(contactEmail),

                heading("accessibility-report", "accessibility.report.title"),
                new Paragraph(getTranslation("accessibility.report.text")),
                reportLink(contactEmail),

                heading("accessibility-supervision", "accessibility.supervision.title"),
                new Paragraph(getTranslation("accessibility.supervision.text")),
                diggLink(),

                heading("accessibility-compliance", "accessibility.compliance.title"),
                new Paragraph(getTranslation("accessibility.compliance.text")),

                heading("accessibility-gaps", "accessibility.gaps.title"),
                shortcomings(),

                heading("accessibility-method", "accessibility.method.title"),
                paragraph("accessibility-assessed", getTranslation("accessibility.method.text", date(ASSESSED_ON))),
                paragraph("accessibility-updated", getTranslation("accessibility.updated", date(UPDATED_ON))),

                new Paragraph(new Anchor("", getTranslation("accessibility.back"))));
    }

    private H2 heading(String id, String key) {
        H2 heading = new H2(getTranslation(key));
        heading.setId(id);
        return heading;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private Paragraph contactLink(String contactEmail) {
        Anchor mail = new Anchor("mailto:" + contactEmail, contactEmail);
        mail.setId("accessibility-contact");
        Paragraph paragraph = new Paragraph(getTranslation("accessibility.contact.label") + " ");
        paragraph.add(mail);
        return paragraph;
    }

    /** A mail with a subject and the questions we need answered already filled in, so that a report is complete. */
    private Paragraph reportLink(String contactEmail) {
        String href = "mailto:" + contactEmail + "?subject=" + mailEncode(getTranslation("accessibility.report.subject"))
                + "&body=" + mailEncode(getTranslation("accessibility.report.body"));
        Anchor report = new Anchor(href, getTranslation("accessibility.report.link"));
        report.setId("accessibility-report-link");
        return new Paragraph(report);
    }

    private Paragraph diggLink() {
        Anchor digg = new Anchor(DIGG_REPORT_URL, getTranslation("accessibility.supervision.link"), AnchorTarget.BLANK);
        digg.setId("accessibility-digg");
        // Opens outside the app: nothing of the app's window or address goes along
        digg.getElement().setAttribute("rel", "noopener noreferrer");
        return new Paragraph(digg);
    }

    private UnorderedList shortcomings() {
        UnorderedList list = new UnorderedList();
        list.setId("accessibility-gap-list");
        for (String key : SHORTCOMINGS) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    /** mailto wants %20 for spaces (RFC 6068), not the form encoding's plus sign. */
    private static String mailEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("accessibility.title"));
    }
}
