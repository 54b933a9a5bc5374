package se.fou.oj.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measured and broken in the embedded font. Paragraphs, table cells, the contents and charts all wrap and cut text
 * the same way, so the rules (break at spaces, keep hard newlines, cut an over-long word after a hyphen) live here
 * once, apart from any page.
 */
final class PdfText {

    private PdfText() {
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(clean(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks text into lines that fit the width: at spaces, hard newlines kept, over-long words cut. Never between a
     * number and its percent sign: "25 %" at a line's end and "%" alone on the next would read as two figures.
     */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +(?!%)")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    // A word too long for its column breaks after a hyphen where it has one: "Upplands-" / "Bro"
                    int hyphen = rest.lastIndexOf('-', cut - 1);
                    if (hyphen > 0 && hyphen + 1 < rest.length()) {
                        cut = hyphen + 1;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, or as much of it as fits followed by "…". */
    static String fit(String text, PDFont font, float size, float maxWidth) {
        if (width(text, font, size) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && width(shortened + "…", font, size) > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** Control characters (tabs, stray returns) have no glyph; PDFBox would refuse them. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\n]]", " ").replace('\n', ' ');
    }
}
