package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The executable's flags and banner (run in-process; {@link BotoJarIT} runs the packaged jar). */
class SimulatorMainTest {
    @Test
    void firstLineCarriesTheRealUrlAndFlagsApply() throws Exception {
        SimulatorMain.Options o = SimulatorMain.parse(new String[] {"--port", "0", "--access-key", "AK", "--secret-key",
            "SK", "--balance", "12.50", "--workers", "3", "--fault-throttle", "1", "--seed=9"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MTurkSimulator sim = SimulatorMain.start(o, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String first = bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertTrue(first.contains("http://127.0.0.1:" + sim.port() + "/"), first);
            assertTrue(sim.port() > 0);
            assertEquals("AK", sim.accessKey());
            assertEquals(3, sim.workers().list().size());
            assertEquals(1.0, sim.faults().throttleRate());
            assertEquals("12.50", sim.balance().toPlainString());
        }
    }

    @Test
    void resetModeFlagSelectsWhetherTheOperationRuns() throws Exception {
        assertEquals(Faults.ResetMode.AFTER_STATE_CHANGE,
                SimulatorMain.parse(new String[] {"--fault-reset", "0.5", "--fault-reset-mode", "after"}).resetMode());
        assertThrows(SimulatorMain.UsageException.class,
                () -> SimulatorMain.parse(new String[] {"--fault-reset-mode", "sometimes"}));
    }

    @Test
    void unknownFlagIsAUsageError() {
        SimulatorMain.UsageException e = assertThrows(SimulatorMain.UsageException.class,
                () -> SimulatorMain.parse(new String[] {"--bogus"}));
        assertEquals("unknown option --bogus", e.getMessage());
    }

    @Test
    void rateAboveOneIsAUsageError() {
        assertThrows(SimulatorMain.UsageException.class,
                () -> SimulatorMain.parse(new String[] {"--fault-reset", "1.5"}));
    }

    @Test
    void missingValueAndBadNumbersAreUsageErrors() {
        assertThrows(SimulatorMain.UsageException.class, () -> SimulatorMain.parse(new String[] {"--port"}));
        assertThrows(SimulatorMain.UsageException.class, () -> SimulatorMain.parse(new String[] {"--port", "x"}));
        assertThrows(SimulatorMain.UsageException.class, () -> SimulatorMain.parse(new String[] {"--port", "70000"}));
        assertThrows(SimulatorMain.UsageException.class,
                () -> SimulatorMain.parse(new String[] {"--work-delay", "soon"}));
    }

    @Test
    void workDelayAcceptsUnitsAndIsoDurations() {
        assertEquals(Duration.ofSeconds(30), SimulatorMain.duration("30s"));
        assertEquals(Duration.ofMinutes(5), SimulatorMain.duration("5m"));
        assertEquals(Duration.ofMillis(300), SimulatorMain.duration("300ms"));
        assertEquals(Duration.ofHours(2), SimulatorMain.duration("PT2H"));
        assertEquals(Duration.ofSeconds(12), SimulatorMain.duration("12"));
    }

    @Test
    void helpIsRecognised() throws Exception {
        assertTrue(SimulatorMain.parse(new String[] {"--help"}).help());
    }
}
