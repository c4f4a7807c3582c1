package mturk.reactive.samples.demo;

import java.net.URI;
import java.time.Duration;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.samples.cli.Connection;
import mturk.reactive.samples.cli.KeyPair;
import mturk.reactive.simulator.MTurkSimulator;

/**
 * The simulator the demo starts when no endpoint is given: on 127.0.0.1, any free port, $10,000 balance, 25 workers
 * who take HITs on their own and answer after a short simulated delay, with the {@link DemoCrowd} answer policy.
 * Closing it closes the client and stops the simulator.
 */
public final class EmbeddedSimulator implements AutoCloseable {

    private final MTurkSimulator simulator;
    private final MTurkClient client;

    private EmbeddedSimulator(MTurkSimulator simulator, MTurkClient client) {
        this.simulator = simulator;
        this.client = client;
    }

    /** Starts the simulator and a client for it. */
    public static EmbeddedSimulator start(DemoSettings settings) {
        MTurkSimulator sim = MTurkSimulator.builder()
                .seed(settings.seed())
                .workers(25)
                .autoWork(true)
                .workDelay(Duration.ofMillis(500))
                .answerPolicy(DemoCrowd.policy(Sentences.labels(settings.hits(), settings.seed())))
                .start();
        MTurkClient client = Connection.client(sim.endpoint(),
                new KeyPair(sim.accessKey(), sim.secretKey(), "the embedded simulator"));
        return new EmbeddedSimulator(sim, client);
    }

    /** The simulator's endpoint. */
    public URI endpoint() {
        return simulator.endpoint();
    }

    /** A client for the simulator. */
    public MTurkClient client() {
        return client;
    }

    /** The simulator, e.g. to inject faults. */
    public MTurkSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            simulator.close();
        }
    }
}
