package mturk.reactive.samples.cli;

import mturk.reactive.core.MTurkClient;
import mturk.reactive.simulator.MTurkSimulator;

/** Test helper: a client for a simulator, configured as the tool configures its own. */
public final class SimulatorClients {

    private SimulatorClients() {
    }

    /** A client for {@code sim} with the tool's retry settings. */
    public static MTurkClient client(MTurkSimulator sim) {
        return Connection.client(sim.endpoint(), new KeyPair(sim.accessKey(), sim.secretKey(), "test"));
    }
}
