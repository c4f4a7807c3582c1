package mturk.reactive.core.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Records the measured figures of a drill (what was injected, how much, what held) as one line in
 * {@code target/reliability-figures.txt} and on standard output, so that {@code docs/RELIABILITY.md} quotes actual
 * runs. Also tells a drill whether the long variant runs ({@code -Plong} sets {@code mturk.long=true}).
 */
final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {
    }

    /** @return whether the long variants run ({@code -Plong}) */
    static boolean isLong() {
        return Boolean.getBoolean("mturk.long");
    }

    /**
     * @param quick the count of the default (CI) run
     * @param full  the count of the long run
     * @return {@code full} under {@code -Plong}, else {@code quick}
     */
    static int scale(int quick, int full) {
        return isLong() ? full : quick;
    }

    /**
     * @param drill the drill's name, e.g. {@code hostile.billion-laughs}
     * @param line  the figures, e.g. {@code inputs=100000 typedErrors=... other=0 leaked=0}
     */
    static synchronized void record(String drill, String line) {
        String text = Instant.now() + " " + (isLong() ? "long " : "quick ") + drill + " " + line;
        System.out.println("[figures] " + text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
