package mturk.reactive.simulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.SimulatorClock;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The extension injects one configured simulator per class and a client that talks to it. */
@MTurkSimulatorTest(seed = 7, workers = 4, balance = "123.45")
class MTurkSimulatorExtensionTest {
    private final MTurkSimulator fromConstructor;

    MTurkSimulatorExtensionTest(MTurkSimulator simulator) {
        this.fromConstructor = simulator;
    }

    @Test
    void injectedClientReadsTheSimulatorsBalance(MTurkClient client) {
        StepVerifier.create(client.getAccountBalance())
                .assertNext(b -> assertEquals(new BigDecimal("123.45"), b.availableBalance().amount()))
                .verifyComplete();
    }

    @Test
    void constructorAndMethodReceiveTheSameSimulatorConfiguredByTheAnnotation(MTurkSimulator simulator,
                                                                           SimulatedWorkers workers,
                                                                           SimulatorClock clock, Faults faults) {
        assertSame(fromConstructor, simulator);
        assertEquals(4, workers.list().size());
        assertFalse(clock.isRealTime());
        assertSame(simulator.faults(), faults);
    }
}
