package mturk.reactive.samples.review;

import java.time.Duration;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.MalformedResponseException;
import reactor.util.retry.Retry;

/**
 * The samples' retry on top of the client's: for calls the client does not repeat by itself (reviews) and for
 * listings that fail after their first items (the client cannot take back what it emitted; the caller resumes).
 */
public final class Retries {

    /**
     * Up to 10 retries in a row (the count starts again after each item that gets through), backoff from 50 ms to
     * 2 s with jitter, only for failures a repeat can cure.
     */
    public static final Retry TRANSIENT = Retry.backoff(10, Duration.ofMillis(50)).maxBackoff(Duration.ofSeconds(2))
            .jitter(0.5).transientErrors(true).filter(Retries::transientFailure)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());

    private Retries() {
    }

    /** Throttling, 5xx, I/O, timeouts, truncated or malformed answers. */
    public static boolean transientFailure(Throwable e) {
        return e instanceof MalformedResponseException
                || (e instanceof MTurkException && ((MTurkException) e).isRetryable());
    }
}
