package se.fou.oj.knowledge;

import java.time.LocalDateTime;

/** A piece of research or other knowledge FoU has found: its reference and a short summary. Reusable across cycles. */
public record KnowledgeItem(long id, String authors, Integer year, String title, String publisher, String link,
                            String summary, String createdBy, LocalDateTime createdAt) {

    /** The reference as the reports print it: "Authors (year). Title. Publisher. Link". */
    public String reference() {
        StringBuilder text = new StringBuilder(authors);
        text.append(year == null ? " (u.å.). " : " (" + year + "). ").append(title.endsWith(".") ? title : title + ".");
        if (publisher != null) {
            text.append(' ').append(publisher.endsWith(".") ? publisher : publisher + ".");
        }
        if (link != null) {
            text.append(' ').append(link);
        }
        return text.toString();
    }

    /** The short form used in running text: "Authors (year)". */
    public String citation() {
        return authors + (year == null ? " (u.å.)" : " (" + year + ")");
    }
}
