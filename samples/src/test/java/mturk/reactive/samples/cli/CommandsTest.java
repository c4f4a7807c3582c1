package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.json.JsonReader;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The everyday commands, one after another, as a requester would type them, against the simulator. */
class CommandsTest {

    @TempDir
    Path dir;

    private MTurkSimulator sim;
    private MTurkClient client;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2026-03-01T00:00:00Z")).autoWork(true)
                .workDelay(Duration.ofMinutes(2)).start();
        client = SimulatorClients.client(sim);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private int mturk(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint", sim.endpoint().toString()));
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                Map.of("AWS_ACCESS_KEY_ID", sim.accessKey(), "AWS_SECRET_ACCESS_KEY", sim.secretKey()), dir);
        return Main.run(all, terminal);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> lines(Path file) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JsonReader.parseObject(line));
        }
        return lines;
    }

    @Test
    void publishHarvestReviewPayExpireAndDispose() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), MainTest.PROPERTIES + "assignments=2\n");
        Path question = Files.writeString(dir.resolve("q.xml"), MainTest.TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.csv"), "word\ncat\ndog\nemu\n");
        assertEquals(0, mturk("publish", "--properties", props.toString(), "--question", question.toString(),
                "--input", input.toString()), err::toString);
        BigDecimal before = client.getAccountBalance().block().availableBalance().amount();
        sim.clock().advance(Duration.ofMinutes(5));

        Path all = dir.resolve("all.jsonl");
        assertEquals(0, mturk("harvest", "--out", all.toString(), "--status", "Submitted"), err::toString);
        List<Map<String, Object>> submitted = lines(all);
        assertEquals(6, submitted.size());
        assertTrue(out().startsWith("6 assignments of 3 HITs written to"), out());

        Path five = Files.write(dir.resolve("five.jsonl"), Files.readAllLines(all).subList(0, 5));
        assertEquals(0, mturk("approve", "--file", five.toString(), "--feedback", "Thanks"), err::toString);
        assertTrue(out().startsWith("5 assignments approved, 0 failed"), out());
        String last = (String) submitted.get(5).get("assignmentId");
        assertEquals(0, mturk("reject", last, "--feedback", "Empty answer"), err::toString);

        assertEquals(0, mturk("harvest", "--out", dir.resolve("approved.jsonl").toString(), "--status", "Approved"));
        assertEquals(5, lines(dir.resolve("approved.jsonl")).size());
        assertEquals(0, mturk("harvest", "--out", dir.resolve("rejected.jsonl").toString(), "--status", "rejected"));
        assertEquals(List.of(last), lines(dir.resolve("rejected.jsonl")).stream().map(l -> l.get("assignmentId"))
                .toList());

        Map<String, Object> first = submitted.get(0);
        for (int i = 0; i < 2; i++) {
            assertEquals(0, mturk("grant-bonus", "--worker", (String) first.get("workerId"), "--assignment",
                    (String) first.get("assignmentId"), "--amount", "0.50", "--reason", "Great work"), err::toString);
        }
        // 5 approvals at $0.05 + $0.01, one bonus (the repeat is not paid) at $0.50 + $0.10.
        BigDecimal after = client.getAccountBalance().block().availableBalance().amount();
        assertEquals(new BigDecimal("0.90"), before.subtract(after));

        Path journal = dir.resolve("in.csv.success");
        assertEquals(0, mturk("expire", "--file", journal.toString()), err::toString);
        assertTrue(out().startsWith("3 HITs expired, 0 failed"), out());
        assertEquals(0, mturk("dispose", "--file", journal.toString()), err::toString);
        assertTrue(out().startsWith("3 HITs disposed, 0 failed"), out());
        assertEquals(0, client.getAllHits().count().block());
    }

    @Test
    void harvestTakesOnlyTheNamedHitType() throws Exception {
        Path question = Files.writeString(dir.resolve("q.xml"), MainTest.TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.csv"), "word\ncat\ndog\n");
        Path a = Files.writeString(dir.resolve("a.properties"), MainTest.PROPERTIES);
        Path b = Files.writeString(dir.resolve("b.properties"), MainTest.PROPERTIES.replace("0.05", "0.07"));
        assertEquals(0, mturk("publish", "--properties", a.toString(), "--question", question.toString(),
                "--input", input.toString(), "--journal", dir.resolve("a.success").toString()), err::toString);
        assertEquals(0, mturk("publish", "--properties", b.toString(), "--question", question.toString(),
                "--input", input.toString(), "--journal", dir.resolve("b.success").toString()), err::toString);
        String typeB = Files.readAllLines(dir.resolve("b.success")).get(2).split("\t")[2];
        sim.clock().advance(Duration.ofMinutes(5));

        Path out = dir.resolve("b.jsonl");
        assertEquals(0, mturk("harvest", "--out", out.toString(), "--hit-type", typeB), err::toString);
        List<Map<String, Object>> lines = lines(out);
        assertEquals(2, lines.size());
        List<String> hitsOfB = Files.readAllLines(dir.resolve("b.success")).subList(2, 4).stream()
                .map(l -> l.split("\t")[1]).toList();
        assertTrue(lines.stream().allMatch(l -> hitsOfB.contains(l.get("hitId"))), lines.toString());
    }
}
