package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Hit;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mturk publish} in its own JVM, killed ({@code SIGKILL}) midway through a 200-row batch while the simulator
 * throttles and resets connections, then run again: the service ends with exactly one HIT per row.
 */
class PublishKillTest {

    @TempDir
    Path dir;

    private Process publish(MTurkSimulator sim, Path props, Path question, Path input, Path log) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "publish",
                "--properties", props.toString(), "--question", question.toString(), "--input", input.toString(),
                "--concurrency", "8", "--endpoint", sim.endpoint().toString(),
                "--access-key", sim.accessKey(), "--secret-key", sim.secretKey())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long journalRows(Path journal) throws Exception {
        return Files.exists(journal) ? Math.max(0, Files.readAllLines(journal).size() - 2) : 0;
    }

    @Test
    void aPublishKilledMidwayAndRunAgainCreatesExactlyOneHitPerRow() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), MainTest.PROPERTIES);
        Path question = Files.writeString(dir.resolve("q.xml"), MainTest.TEMPLATE);
        StringBuilder csv = new StringBuilder("word\n");
        for (int i = 1; i <= 200; i++) {
            csv.append("word").append(i).append('\n');
        }
        Path input = Files.writeString(dir.resolve("words.csv"), csv.toString());
        Path journal = dir.resolve("words.csv.success");
        try (MTurkSimulator sim = MTurkSimulator.builder().start();
             MTurkClient client = SimulatorClients.client(sim)) {
            sim.faults().throttle(0.1).reset(0.1, Faults.ResetMode.RANDOM);

            Process first = publish(sim, props, question, input, dir.resolve("first.log"));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (journalRows(journal) < 50 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                first.waitFor(20, TimeUnit.MILLISECONDS);
            }
            assertTrue(first.isAlive(), "the first run ended before it could be killed:\n"
                    + Files.readString(dir.resolve("first.log")));
            first.destroyForcibly().waitFor();
            long afterKill = journalRows(journal);
            assertTrue(afterKill >= 50 && afterKill < 200, "rows journalled before the kill: " + afterKill);

            Process second = publish(sim, props, question, input, dir.resolve("second.log"));
            assertTrue(second.waitFor(3, TimeUnit.MINUTES), "the second run did not finish");
            String log = Files.readString(dir.resolve("second.log"));
            assertEquals(0, second.exitValue(), log);
            assertTrue(log.contains("resuming batch"), log);

            sim.faults().clear();
            List<Hit> hits = client.getAllHits().collectList().block();
            assertEquals(200, hits.size(), "HITs in the service");
            Set<String> rows = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (String line : Files.readAllLines(journal).subList(2, Files.readAllLines(journal).size())) {
                String[] f = line.split("\t");
                rows.add(f[0]);
                ids.add(f[1]);
            }
            assertEquals(200, rows.size(), "rows in the success file");
            Set<String> serviceIds = new HashSet<>();
            hits.forEach(h -> serviceIds.add(h.hitId()));
            assertEquals(serviceIds, ids, "the success file names exactly the service's HITs");
        }
    }
}
