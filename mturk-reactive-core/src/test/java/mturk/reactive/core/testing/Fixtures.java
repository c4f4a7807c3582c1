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
