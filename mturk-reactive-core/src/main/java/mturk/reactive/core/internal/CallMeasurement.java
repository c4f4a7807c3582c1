package mturk.reactive.core.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.OperationMetrics;
import reactor.core.publisher.Flux;
import reactor.util.context.ContextView;

/**
 * Measures one logical call for an {@link OperationMetrics}: created at subscription, counts the attempts the
 * executor starts (found through the subscriber context), and reports once, at completion, error or cancellation.
 * Used only when metrics are configured, so a client without metrics allocates nothing for them.
 */
final class CallMeasurement {

    private final String operation;
    private final OperationMetrics metrics;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicBoolean reported = new AtomicBoolean();

    private CallMeasurement(String operation, OperationMetrics metrics) {
        this.operation = operation;
        this.metrics = metrics;
    }

    /**
     * @param call      one logical call, which calls {@link #attemptStarted(ContextView)} for each attempt
     * @param operation wire name
     * @param metrics   the receiver
     * @return the call, measured anew at each subscription
     */
    static Flux<Object> measure(Flux<Object> call, String operation, OperationMetrics metrics) {
        return Flux.defer(() -> {
            CallMeasurement m = new CallMeasurement(operation, metrics);
            return call
                    .doOnComplete(() -> m.report(OperationMetrics.SUCCESS))
                    .doOnError(e -> m.report(outcome(e)))
                    .doOnCancel(() -> m.report(OperationMetrics.CANCELLED))
                    .contextWrite(ctx -> ctx.put(CallMeasurement.class, m));
        });
    }

    /**
     * Counts an attempt of the measured call whose context this is; does nothing when the call is not measured.
     *
     * @param ctx the attempt's subscriber context
     */
    static void attemptStarted(ContextView ctx) {
        CallMeasurement m = ctx.getOrDefault(CallMeasurement.class, null);
        if (m != null) {
            m.attempts.incrementAndGet();
        }
    }

    static String outcome(Throwable e) {
        if (e instanceof MTurkServiceException s) {
            String code = s.errorCode();
            return code.isEmpty() ? "HTTP " + s.statusCode() : code;
        }
        return e.getClass().getSimpleName();
    }

    private void report(String outcome) {
        if (reported.compareAndSet(false, true)) {
            try {
                metrics.record(operation, Duration.ofNanos(System.nanoTime() - startNanos), outcome, attempts.get());
            } catch (RuntimeException ignored) {
                // a failing metrics sink must not change the call's result
            }
        }
    }
}
