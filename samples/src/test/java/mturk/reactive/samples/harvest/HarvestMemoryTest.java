package mturk.reactive.samples.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mturk harvest} in a separate JVM limited to 64 MB of heap, against a stateless service that generates its
 * pages: 50,000 assignments by default, a million with {@code -Plong}. A harvest that held its records would run
 * out of memory long before the end.
 */
class HarvestMemoryTest {

    @TempDir
    Path dir;

    @Test
    void harvestStreamsInConstantMemory() throws Exception {
        boolean longRun = Boolean.getBoolean("mturk.long");
        int hits = longRun ? 10_000 : 500;
        try (SyntheticService service = new SyntheticService(hits, 100)) {
            Path out = dir.resolve("all.jsonl");
            Path log = dir.resolve("harvest.log");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-cp", System.getProperty("java.class.path"), "mturk.reactive.samples.cli.Main",
                    "harvest", "--out", out.toString(), "--endpoint", service.endpoint(),
                    "--access-key", "AK", "--secret-key", "SK")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(longRun ? 15 : 3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("harvest did not finish; log:\n" + Files.readString(log));
            }
            assertEquals(0, p.exitValue(), Files.readString(log));
            long lines;
            try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
                lines = r.lines().count();
            }
            assertEquals(hits * 100L, lines);
            List<String> tail = Files.readAllLines(log);
            assertEquals(true, tail.get(tail.size() - 1).startsWith(hits * 100L + " assignments of " + hits + " HITs"),
                    String.join("\n", tail));
        }
    }
}
