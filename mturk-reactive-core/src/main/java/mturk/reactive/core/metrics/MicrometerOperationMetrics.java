package mturk.reactive.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import mturk.reactive.core.OperationMetrics;

/**
 * Records each logical call of an {@link mturk.reactive.core.MTurkClient} in a Micrometer {@link MeterRegistry}:
 * <ul>
 *   <li>a {@link Timer} {@value #REQUESTS}, tagged {@code operation} (wire name, such as {@code GetAccountBalance})
 *       and {@code outcome} ({@code success}, {@code cancelled}, a service error code such as
 *       {@code AWS.ServiceUnavailable}, or the simple name of the client exception);</li>
 *   <li>a {@link Counter} {@value #RETRIES}, tagged {@code operation}, incremented by the retries of each call.</li>
 * </ul>
 * Configure it with {@code MTurkClient.builder().metrics(MicrometerOperationMetrics.of(registry))}. This is the only
 * class of the SDK that refers to Micrometer, which is an optional dependency: add {@code io.micrometer:micrometer-core}
 * to use it. Thread-safe; recording never blocks.
 */
public final class MicrometerOperationMetrics implements OperationMetrics {

    /** Name of the timer of logical calls. */
    public static final String REQUESTS = "mturk.client.requests";

    /** Name of the counter of retried attempts. */
    public static final String RETRIES = "mturk.client.retries";

    private final MeterRegistry registry;

    private MicrometerOperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param registry where the meters are registered
     * @return metrics recording into that registry
     */
    public static MicrometerOperationMetrics of(MeterRegistry registry) {
        return new MicrometerOperationMetrics(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void record(String operation, Duration elapsed, String outcome, int attempts) {
        Timer.builder(REQUESTS)
                .description("Logical MTurk calls, from subscription to termination, retries included")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry)
                .record(elapsed);
        if (attempts > 1) {
            Counter.builder(RETRIES)
                    .description("MTurk requests sent again after a retryable failure")
                    .tag("operation", operation)
                    .register(registry)
                    .increment(attempts - 1);
        }
    }
}
