package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bad arguments to the Java API fail at once, naming the field, the value and the limit. */
class ApiValidationTest {
    @Test
    void workerIdMustLookLikeAWorkerId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SimulatedWorker("W1", "US", null, true, false, 0, 0));
        assertTrue(e.getMessage().startsWith("id: 'W1'"), e.getMessage());
    }

    @Test
    void builderRefusesBadValues() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MTurkSimulator.builder().port(70000))
                .getMessage().contains("70000"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MTurkSimulator.builder().balance(new BigDecimal("1.001"))).getMessage().contains("balance"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MTurkSimulator.builder().workDelay(Duration.ofSeconds(-1))).getMessage().contains("workDelay"));
    }

    @Test
    void scriptedActionsOnUnknownOrWrongStateAreRefused() {
        try (MTurkSimulator sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z"))
                .start()) {
            String worker = sim.workers().list().get(0).id();
            assertThrows(IllegalArgumentException.class, () -> sim.workers().accept(worker, "NOSUCHHIT"));
            assertThrows(IllegalArgumentException.class, () -> sim.workers().submit("NOSUCHASSIGNMENT"));
            assertThrows(IllegalArgumentException.class, () -> sim.clock().advance(Duration.ofSeconds(-1)));
            String hit = new Wire(sim).newHit();
            String a = sim.workers().accept(worker, hit);
            assertThrows(IllegalStateException.class, () -> sim.workers().accept(worker, hit));
            sim.workers().submit(a);
            assertThrows(IllegalStateException.class, () -> sim.workers().returnAssignment(a));
            assertEquals(Instant.parse("2020-01-01T00:00:00Z"), sim.clock().now());
        }
    }
}
