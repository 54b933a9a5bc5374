package se.fou.oj.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The house font, DejaVu Sans (shipped in resources/fonts with its licence), embedded as a subset in every PDF so
 * that å, ä, ö and – print, can be searched and copied, whatever fonts the reader's machine has.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    static PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false);
    }

    static PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet saknas: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
