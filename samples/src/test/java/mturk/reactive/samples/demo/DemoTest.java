package mturk.reactive.samples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mturk.reactive.samples.cli.Main;
import mturk.reactive.samples.cli.Terminal;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void theDemoReviewsEveryAnswerAndItsBillAddsUp() {
        DemoSettings settings = DemoSettings.DEFAULTS.withHits(40);
        try (EmbeddedSimulator sim = EmbeddedSimulator.start(settings)) {
            DemoSummary s = new Demo(sim.client(), settings, "test").run(step -> { }).block();
            assertEquals(40, s.hits());
            assertEquals(120, s.assignments());
            assertEquals(120, s.approved() + s.rejected());
            assertTrue(s.rejected() > 0, "the crowd makes mistakes, so some answers disagree with the majority");
            assertEquals(3, s.bonuses());
            assertFalse(s.timedOut());
            // Each approval costs $0.05 + $0.01 fee; each bonus $0.50 + $0.10 fee.
            BigDecimal expected = new BigDecimal("0.06").multiply(BigDecimal.valueOf(s.approved()))
                    .add(new BigDecimal("0.60").multiply(BigDecimal.valueOf(s.bonuses())));
            assertEquals(0, expected.compareTo(s.spent()), "spent " + s.spent() + ", expected " + expected);
            assertEquals(0, s.balanceBefore().subtract(s.spent()).compareTo(s.balanceAfter()));
        }
    }

    @Test
    void theDemoCommandPrintsTheSummaryTableAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of(), Path.of("."));
        int status = Main.run(List.of("demo", "--hits", "20"), terminal);
        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        for (String row : List.of("HITs published", "assignments", "approved", "rejected", "money spent",
                "balance before", "balance after", "wall time", "records per second")) {
            assertTrue(table.contains("| " + row), row + " missing from\n" + table);
        }
        assertTrue(table.contains("| HITs published         | 20"), table);
    }
}
