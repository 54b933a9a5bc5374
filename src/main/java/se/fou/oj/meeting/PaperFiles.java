package se.fou.oj.meeting;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which uploaded files a meeting accepts, checked on the server by name and by content: PDF, Word, Excel and
 * PowerPoint (OOXML), plain text and CSV, PNG and JPEG, at most {@value #MAX_BYTES} bytes.
 */
final class PaperFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "txt", "text/plain;charset=UTF-8",
            "csv", "text/csv;charset=UTF-8",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private PaperFiles() {
    }

    /** The content type to store and serve, or empty when the name or the content is not an accepted file. */
    static Optional<String> accepted(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String type = TYPES.get(extension);
        if (type == null || content == null || content.length == 0 || !contentMatches(extension, content)) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    private static boolean contentMatches(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> startsWith(c, '%', 'P', 'D', 'F');
            case "docx", "xlsx", "pptx" -> startsWith(c, 'P', 'K', 3, 4);
            case "png" -> startsWith(c, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
            // Text must not carry binary: no NUL byte in the first few kilobytes
            default -> IntStream.range(0, Math.min(c.length, 4096)).noneMatch(i -> c[i] == 0);
        };
    }

    private static boolean startsWith(byte[] content, int... expected) {
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
