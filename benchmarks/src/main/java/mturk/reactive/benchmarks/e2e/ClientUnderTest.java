package mturk.reactive.benchmarks.e2e;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SDK as the end-to-end parts drive it: one client connected to the loopback server. Kept as a seam so the
 * harness, the boto runs and the bare-transport floor do not depend on how the SDK is configured.
 */
public interface ClientUnderTest extends AutoCloseable {

    /** Every assignment of {@code hitId}, through {@code getAllAssignments}. */
    Flux<?> allAssignments(String hitId);

    /** Every HIT of the account, through {@code getAllHits}. */
    Flux<?> allHits();

    /** The {@code n}-th CreateHIT of a publish run (the same HIT as boto's {@code publish.py} creates). */
    Mono<?> createHit(int n);

    /** Releases the client's connections. */
    @Override
    void close();

    /** Connects clients under test to a loopback port. */
    @FunctionalInterface
    interface Factory {
        /** A client for {@code http://127.0.0.1:port/}. */
        ClientUnderTest connect(int port);
    }
}
