package se.fou.oj.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A download button: the file is written only when clicked and streamed to the browser, never kept in the session.
 * It is written whole before the response starts, so a refusal becomes the app's error message, never half a file.
 */
public final class Downloads {

    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    public static Anchor button(String id, String text, VaadinIcon icon, String fileName, String contentType,
                                Consumer<OutputStream> writer) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            writer.accept(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        anchor.setId(id);
        anchor.add(new Button(text, icon.create()));
        return anchor;
    }

    /** The same for content that is already a byte array when made, such as a calendar file. */
    public static Anchor buttonForBytes(String id, String text, VaadinIcon icon, String fileName, String contentType,
                                        Supplier<byte[]> content) {
        return button(id, text, icon, fileName, contentType, out -> {
            try {
                out.write(content.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
