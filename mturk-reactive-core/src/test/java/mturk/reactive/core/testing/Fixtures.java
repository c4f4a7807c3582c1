package mturk.reactive.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the fixture response bodies under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param text   a document
     * @param marker a substring of it
     * @return the UTF-8 byte offset just after the first occurrence of {@code marker}
     */
    public static int bytesThrough(String text, String marker) {
        int i = text.indexOf(marker);
        if (i < 0) {
            throw new IllegalArgumentException("no " + marker);
        }
        return text.substring(0, i + marker.length()).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * @param name file name, e.g. {@code GetAccountBalance.xml}
     * @return its UTF-8 content
     */
    public static String load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
