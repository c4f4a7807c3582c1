package mturk.reactive.simulator.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Records a drill's measured figures as one line of {@code target/reliability-figures.txt} (and standard output),
 * and scales counts for the long variant ({@code -Plong} sets {@code mturk.long=true}).
 */
final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {
    }

    /** @return whether the long variants run */
    static boolean isLong() {
        return Boolean.getBoolean("mturk.long");
    }

    /**
     * @param quick count of the default run
     * @param full  count of the long run
     * @return the count for this run
     */
    static int scale(int quick, int full) {
        return isLong() ? full : quick;
    }

    /**
     * @param drill the drill's name
     * @param line  its figures
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
