package se.fou.oj.base.pdf;

import java.awt.Color;

/** The house style of every PDF: page size, margins, type sizes and colours, in one place. */
final class PdfStyle {

    /** A4 landscape: the results tables need the width of eight municipalities plus the averages. */
    static final float PAGE_WIDTH = 841.89f;
    static final float PAGE_HEIGHT = 595.28f;
    static final float MARGIN = 42;
    static final float TOP = PAGE_HEIGHT - 46;
    static final float BOTTOM = 48;
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final float BODY = 10;
    static final float SMALL = 8;
    static final float TABLE = 7.5f;
    static final float TABLE_HEADER = 6.8f;
    static final float H1 = 18;
    static final float H2 = 13;
    static final float H3 = 11;
    static final float LEADING = 1.35f;

    static final Color TEXT = new Color(0x1f, 0x2a, 0x37);
    static final Color MUTED = new Color(0x5b, 0x67, 0x75);
    static final Color PRIMARY = new Color(0x25, 0x60, 0x9e);
    static final Color RULE = new Color(0xd0, 0xd6, 0xdd);
    static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);

    private PdfStyle() {
    }

    static Color hex(String hex) {
        return Color.decode(hex);
    }
}
