package mturk.reactive.simulator;

import java.time.Duration;
import java.time.Instant;
import mturk.reactive.simulator.internal.Engine;

/**
 * The simulator's clock. Simulated time drives HIT expiry, assignment deadlines, auto-approval, worker work delays,
 * UniqueRequestToken memory (24 h) and file-URL validity (60 s). With a real-time clock it also follows the wall clock;
 * with a manual clock it moves only through {@link #advance}. Request signature timestamps are always checked against
 * the wall clock, never against simulated time.
 */
public final class SimulatorClock {
    private final Engine engine;

    SimulatorClock(Engine engine) {
        this.engine = engine;
    }

    /** The current simulated time. */
    public Instant now() {
        return engine.call(() -> engine.state().now());
    }

    /**
     * Moves simulated time forward; everything due in between (expiry, abandonment, worker submissions,
     * auto-approvals, notifications) happens in time order before this returns. Blocks the caller briefly: do not call
     * it from an event loop.
     *
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void advance(Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("duration: " + duration + " must be zero or positive");
        }
        engine.call(() -> {
            engine.state().advanceTo(engine.state().now().plus(duration));
            return null;
        });
    }

    /** Whether simulated time also follows the wall clock. */
    public boolean isRealTime() {
        return engine.ticking();
    }
}
