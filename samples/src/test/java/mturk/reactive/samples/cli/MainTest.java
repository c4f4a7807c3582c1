package mturk.reactive.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    static final String PROPERTIES = "title=Is it a cat?\ndescription=Look at one word\nreward=0.05\n";
    static final String TEMPLATE = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q"
            + "</QuestionIdentifier><QuestionContent><Text>Is ${word} a cat?</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(MTurkSimulator sim, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (sim != null) {
            all.addAll(List.of("--endpoint", sim.endpoint().toString(), "--access-key", sim.accessKey(),
                    "--secret-key", sim.secretKey()));
        }
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of(), dir);
        return Main.run(all, terminal);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRowIsRefusedWithItsNumberBeforeAnythingIsSent() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), PROPERTIES);
        Path question = Files.writeString(dir.resolve("q.xml"), TEMPLATE);
        StringBuilder csv = new StringBuilder("word,other\n");
        for (int i = 1; i <= 50; i++) {
            csv.append(i == 37 ? "\"unclosed,x\n" : "w" + i + ",x\n");
        }
        Path input = Files.writeString(dir.resolve("in.csv"), csv.toString());
        try (MTurkSimulator sim = MTurkSimulator.builder().start();
             MTurkClient client = SimulatorClients.client(sim)) {
            int status = run(sim, "publish", "--properties", props.toString(), "--question", question.toString(),
                    "--input", input.toString());
            assertEquals(Main.USAGE, status);
            assertTrue(err().contains("in.csv: row 37: a quoted field opened on line 38 is never closed"), err());
            assertEquals(0, client.getAllHits().count().block(), "HITs created");
        }
    }

    @Test
    void aRowMissingATemplateColumnIsRefusedNamingRowAndColumn() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), PROPERTIES);
        Path question = Files.writeString(dir.resolve("q.xml"), TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"word\":\"a\"}\n{\"wrd\":\"b\"}\n");
        int status = run(null, "publish", "--properties", props.toString(), "--question", question.toString(),
                "--input", input.toString(), "--endpoint", "http://127.0.0.1:9/", "--access-key", "a",
                "--secret-key", "b");
        assertEquals(Main.USAGE, status);
        assertTrue(err().contains("in.jsonl: row 2, column 'word' is missing"), err());
    }

    @Test
    void anInvalidRewardIsRefusedNamingTheProperty() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), PROPERTIES.replace("0.05", "0.055"));
        Path question = Files.writeString(dir.resolve("q.xml"), TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.csv"), "word\ncat\n");
        assertEquals(Main.USAGE, run(null, "publish", "--properties", props.toString(), "--question",
                question.toString(), "--input", input.toString()));
        assertTrue(err().contains("'reward' is 0.055; the service takes whole cents"), err());
    }

    @Test
    void publishCreatesOneHitPerRowAndWritesTheSuccessFile() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), PROPERTIES);
        Path question = Files.writeString(dir.resolve("q.xml"), TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.csv"), "word\ncat\ndog\n\"a, b\"\n");
        try (MTurkSimulator sim = MTurkSimulator.builder().start()) {
            assertEquals(0, run(sim, "publish", "--properties", props.toString(), "--question", question.toString(),
                    "--input", input.toString()), err());
            assertEquals(5, Files.readAllLines(dir.resolve("in.csv.success")).size());
            assertTrue(out().contains("3 HITs created, 0 already done, 0 failed"), out());
            // Running it again skips every row.
            assertEquals(0, run(sim, "publish", "--properties", props.toString(), "--question", question.toString(),
                    "--input", input.toString()), err());
            assertTrue(out().contains("0 HITs created, 3 already done, 0 failed"), out());
        }
    }

    @Test
    void publishRefusesWhenTheBalanceCannotCoverTheBatchUnlessForced() throws Exception {
        Path props = Files.writeString(dir.resolve("h.properties"), PROPERTIES.replace("0.05", "5.00"));
        Path question = Files.writeString(dir.resolve("q.xml"), TEMPLATE);
        Path input = Files.writeString(dir.resolve("in.csv"), "word\ncat\ndog\n");
        try (MTurkSimulator sim = MTurkSimulator.builder().balance(new java.math.BigDecimal("10.00")).start()) {
            assertEquals(PublishCommand.INSUFFICIENT_FUNDS, run(sim, "publish", "--properties", props.toString(),
                    "--question", question.toString(), "--input", input.toString()));
            assertTrue(err().contains("the batch can cost $12.00"), err());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(Main.USAGE, run(null, "frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void balancePrintsTheAvailableBalance() {
        try (MTurkSimulator sim = MTurkSimulator.builder().start()) {
            assertEquals(0, run(sim, "balance"), err());
            assertEquals("available balance: $10000.00\n", out());
        }
    }
}
