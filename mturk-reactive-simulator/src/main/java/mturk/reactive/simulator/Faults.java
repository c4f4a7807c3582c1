package mturk.reactive.simulator;

import java.time.Duration;
import java.util.Random;

/**
 * Fault injection, settable at any time from any thread. Each rate is a probability in [0, 1] applied per request
 * (at most one fault per request, checked in this order: throttle, reset, truncate, slow, malformed), drawn from a
 * random source seeded by the simulator's seed, so a run is repeatable for a given request order.
 * <ul>
 *   <li><b>throttle</b>: HTTP 503 with {@code AWS.ServiceUnavailable}, decided before any state change.</li>
 *   <li><b>reset</b>: the connection is closed without a response. {@link ResetMode} says whether the operation's
 *       state change happened first ({@link ResetMode#AFTER_STATE_CHANGE}: a retry sees the effect, the drill for
 *       idempotency) or not ({@link ResetMode#BEFORE_STATE_CHANGE}).</li>
 *   <li><b>truncate</b>: the operation runs, the headers announce the full length, part of the body is sent, then the
 *       connection is closed.</li>
 *   <li><b>slow</b>: the operation runs and the body is trickled in {@link #slowChunkBytes()}-byte chunks with
 *       {@link #slowChunkDelay()} between them (non-blocking).</li>
 *   <li><b>malformed</b>: the operation runs and the body is replaced by XML that is not well-formed (HTTP 200).</li>
 * </ul>
 * File downloads from GetFileUploadURL URLs and REST notifications are never faulted.
 */
public final class Faults {
    /** Where a reset falls relative to the operation's state change. */
    public enum ResetMode {
        /** The connection closes before the operation runs: nothing changed. */
        BEFORE_STATE_CHANGE,
        /** The operation runs, then the connection closes before the response: the change happened. */
        AFTER_STATE_CHANGE,
        /** Each reset picks one of the two at random (seeded). */
        RANDOM
    }

    /** The fault chosen for one request. */
    public enum Kind { NONE, THROTTLE, RESET_BEFORE, RESET_AFTER, TRUNCATE, SLOW, MALFORMED }

    private final Random random;
    private volatile double throttle;
    private volatile double reset;
    private volatile double truncate;
    private volatile double slow;
    private volatile double malformed;
    private volatile ResetMode resetMode = ResetMode.BEFORE_STATE_CHANGE;
    private volatile Duration slowChunkDelay = Duration.ofMillis(20);
    private volatile int slowChunkBytes = 64;

    Faults(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    private static double rate(String name, double r) {
        if (!(r >= 0.0 && r <= 1.0)) {
            throw new IllegalArgumentException(name + ": rate " + r + " must be between 0 and 1");
        }
        return r;
    }

    /** Sets the throttling rate (0..1). */
    public Faults throttle(double rate) {
        this.throttle = rate("throttle", rate);
        return this;
    }

    /** Sets the connection-reset rate (0..1). */
    public Faults reset(double rate) {
        this.reset = rate("reset", rate);
        return this;
    }

    /** Sets the connection-reset rate and whether the state change happens before the reset. */
    public Faults reset(double rate, ResetMode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode: must not be null");
        }
        this.resetMode = mode;
        return reset(rate);
    }

    /** Sets the truncated-body rate (0..1). */
    public Faults truncate(double rate) {
        this.truncate = rate("truncate", rate);
        return this;
    }

    /** Sets the slow-body rate (0..1). */
    public Faults slow(double rate) {
        this.slow = rate("slow", rate);
        return this;
    }

    /** Sets the slow-body chunk size and the delay between chunks. */
    public Faults slowPace(int chunkBytes, Duration delay) {
        if (chunkBytes < 1 || delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("slowPace: chunkBytes " + chunkBytes + " must be >= 1 and delay "
                    + delay + " >= 0");
        }
        this.slowChunkBytes = chunkBytes;
        this.slowChunkDelay = delay;
        return this;
    }

    /** Sets the malformed-XML rate (0..1). */
    public Faults malformed(double rate) {
        this.malformed = rate("malformed", rate);
        return this;
    }

    /** Turns every fault off. */
    public Faults clear() {
        throttle = 0;
        reset = 0;
        truncate = 0;
        slow = 0;
        malformed = 0;
        return this;
    }

    /** The throttling rate. */
    public double throttleRate() {
        return throttle;
    }

    /** The reset rate. */
    public double resetRate() {
        return reset;
    }

    /** The reset mode. */
    public ResetMode resetMode() {
        return resetMode;
    }

    /** The truncation rate. */
    public double truncateRate() {
        return truncate;
    }

    /** The slow-body rate. */
    public double slowRate() {
        return slow;
    }

    /** The malformed-XML rate. */
    public double malformedRate() {
        return malformed;
    }

    /** Bytes per chunk of a slow body. */
    public int slowChunkBytes() {
        return slowChunkBytes;
    }

    /** Delay between chunks of a slow body. */
    public Duration slowChunkDelay() {
        return slowChunkDelay;
    }

    /** Draws the fault for one request (internal; called by the HTTP front end). */
    public Kind draw() {
        synchronized (random) {
            if (hit(throttle)) {
                return Kind.THROTTLE;
            }
            if (hit(reset)) {
                return switch (resetMode) {
                    case BEFORE_STATE_CHANGE -> Kind.RESET_BEFORE;
                    case AFTER_STATE_CHANGE -> Kind.RESET_AFTER;
                    case RANDOM -> random.nextBoolean() ? Kind.RESET_BEFORE : Kind.RESET_AFTER;
                };
            }
            if (hit(truncate)) {
                return Kind.TRUNCATE;
            }
            if (hit(slow)) {
                return Kind.SLOW;
            }
            if (hit(malformed)) {
                return Kind.MALFORMED;
            }
            return Kind.NONE;
        }
    }

    private boolean hit(double rate) {
        return rate > 0 && (rate >= 1.0 || random.nextDouble() < rate);
    }
}
