package mturk.reactive.core;

import java.time.Duration;

/**
 * Receives one measurement per logical call of an operation, when configured with
 * {@link MTurkClient.Builder#metrics(OperationMetrics)}; without it the client measures nothing.
 *
 * <p>A logical call runs from subscription to termination, over all its attempts (retries and backoff included). A
 * paged listing makes one logical call per page. {@link #record} is called once per call, on whatever thread ended
 * it (often a Netty event loop), so implementations must be thread-safe, fast and never block.
 * {@code mturk.reactive.core.metrics.MicrometerOperationMetrics} is the provided implementation; it needs
 * {@code io.micrometer:micrometer-core} on the classpath, which this SDK declares only as an optional dependency.
 */
@FunctionalInterface
public interface OperationMetrics {

    /** The outcome of a call that delivered its whole response. */
    String SUCCESS = "success";

    /** The outcome of a call whose subscriber cancelled before it ended. */
    String CANCELLED = "cancelled";

    /**
     * Records one logical call.
     *
     * @param operation the operation's wire name, such as {@code GetAccountBalance}
     * @param elapsed   time from subscription to termination
     * @param outcome   {@link #SUCCESS}, {@link #CANCELLED}, the service error code of an
     *                  {@link MTurkServiceException} (such as {@code AWS.ServiceUnavailable}, or {@code HTTP <status>}
     *                  if the response carried no code), or the simple class name of any other failure
     * @param attempts  requests sent, at least 1 once the request was signed ({@code attempts - 1} retries); 0 if
     *                  the call ended before sending (credentials failed, or cancelled early)
     */
    void record(String operation, Duration elapsed, String outcome, int attempts);
}
