package mturk.reactive.core;

import java.time.Duration;
import java.util.Objects;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * How the client repeats a failed attempt: exponential backoff with jitter ({@code Retry.backoff}), on throttling
 * (HTTP 503 / {@code AWS.ServiceUnavailable}), other 5xx, connection failures, timeouts and truncated bodies, and
 * only for operations that are safe to repeat (reads, and writes carrying a {@code UniqueRequestToken}). A failure to
 * connect is retried for every operation, since nothing was sent. Each attempt is signed anew.
 *
 * @param maxRetries  retries after the first attempt (0 disables retrying)
 * @param firstBackoff delay before the first retry; later ones double
 * @param maxBackoff  upper bound of one delay
 * @param jitter      0 to 1: the random share of each delay
 * @param scheduler   where delays are timed (tests pass a virtual-time scheduler)
 */
public record RetryPolicy(int maxRetries, Duration firstBackoff, Duration maxBackoff, double jitter,
                          Scheduler scheduler) {

    /** 3 retries, 100 ms doubling up to 5 s, 50 % jitter, on {@code Schedulers.parallel()}. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), 0.5,
            Schedulers.parallel());

    /** No retries. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ofMillis(100), Duration.ofSeconds(5), 0.5,
            Schedulers.parallel());

    /**
     * Validates the fields.
     *
     * @param maxRetries >= 0
     * @param firstBackoff > 0
     * @param maxBackoff >= firstBackoff
     * @param jitter 0 to 1
     * @param scheduler times the delays
     */
    public RetryPolicy {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(scheduler, "scheduler");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new IllegalArgumentException("firstBackoff must be > 0, was " + firstBackoff);
        }
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be >= firstBackoff (" + firstBackoff + "), was "
                    + maxBackoff);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
    }

    /**
     * @param maxRetries retries after the first attempt
     * @return a copy with that many retries
     */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return new RetryPolicy(maxRetries, firstBackoff, maxBackoff, jitter, scheduler);
    }

    /**
     * @param first first delay
     * @param max   largest delay
     * @return a copy with those delays
     */
    public RetryPolicy withBackoff(Duration first, Duration max) {
        return new RetryPolicy(maxRetries, first, max, jitter, scheduler);
    }

    /**
     * @param jitter 0 to 1
     * @return a copy with that jitter
     */
    public RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(maxRetries, firstBackoff, maxBackoff, jitter, scheduler);
    }

    /**
     * @param scheduler where delays are timed
     * @return a copy timing delays there
     */
    public RetryPolicy withScheduler(Scheduler scheduler) {
        return new RetryPolicy(maxRetries, firstBackoff, maxBackoff, jitter, scheduler);
    }
}
