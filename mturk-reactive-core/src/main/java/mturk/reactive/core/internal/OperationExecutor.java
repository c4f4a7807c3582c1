package mturk.reactive.core.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mturk.reactive.core.CredentialsProvider;
import mturk.reactive.core.MTurkException;
import mturk.reactive.core.MTurkIoException;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.MTurkTimeoutException;
import mturk.reactive.core.MalformedResponseException;
import mturk.reactive.core.OperationMetrics;
import mturk.reactive.core.RetryPolicy;
import mturk.reactive.core.http.HttpTransport;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Params;
import mturk.reactive.core.xml.ResponseSummary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Runs one logical call of an {@link Operation}: resolves credentials, adds the idempotency token, signs each attempt
 * anew inside {@code Flux.defer}, sends it, and retries per the {@link RetryPolicy}.
 *
 * <p>Retry rules: only {@link MTurkException#isRetryable() retryable} failures; only for
 * {@link Operation#retrySafe() retry-safe} operations, except failures to connect (nothing was sent) and throttling
 * (the service refused the request before acting on it), which are retried for every operation. Once records have
 * been delivered, only retry-safe operations are retried, and the retried attempt skips the records already delivered
 * (it reads the response again from its start; for a listing page this assumes the page did not change in between,
 * as offset paging assumes anyway), so a body cut mid-page neither fails the listing nor repeats a record.
 */
public final class OperationExecutor {

    /** The parameter carrying the idempotency token. */
    public static final String TOKEN = "UniqueRequestToken";

    private final HttpTransport transport;
    private final CredentialsProvider credentials;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final OperationMetrics metrics; // null: not measured
    private final RetryBackoffSpec baseRetry;

    /**
     * @param transport   sends attempts
     * @param credentials resolved once per logical call
     * @param clock       gives each attempt's {@code Timestamp}
     * @param retryPolicy backoff and limits
     */
    public OperationExecutor(HttpTransport transport, CredentialsProvider credentials, Clock clock,
                             RetryPolicy retryPolicy) {
        this(transport, credentials, clock, retryPolicy, null);
    }

    /**
     * @param transport   sends attempts
     * @param credentials resolved once per logical call
     * @param clock       gives each attempt's {@code Timestamp}
     * @param retryPolicy backoff and limits
     * @param metrics     receives one measurement per logical call; {@code null} to measure nothing
     */
    public OperationExecutor(HttpTransport transport, CredentialsProvider credentials, Clock clock,
                             RetryPolicy retryPolicy, OperationMetrics metrics) {
        this.metrics = metrics;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.baseRetry = Retry.backoff(retryPolicy.maxRetries(), retryPolicy.firstBackoff())
                .maxBackoff(retryPolicy.maxBackoff())
                .jitter(retryPolicy.jitter())
                .scheduler(retryPolicy.scheduler())
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }

    /**
     * One logical call. Cold: nothing happens before subscription; each subscription is a new logical call (new
     * token if one is generated).
     *
     * @param op     the operation
     * @param params its parameters; if the operation takes a token and none is given, one is generated here, once,
     *               and reused by every attempt
     * @param <T>    record type
     * @return the records as parsed, then one {@link ResponseSummary}
     */
    public <T> Flux<Object> execute(Operation<T> op, Params params) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(params, "params");
        Flux<Object> call = Flux.defer(() -> {
            Params withToken = op.takesToken() && params.get(TOKEN) == null
                    ? params.with(TOKEN, newToken()) : params;
            // records delivered downstream by this logical call, over all attempts: a retried attempt reads the
            // same response again from its start, and skips that many records, so that a body cut mid-page resumes
            // where it broke instead of failing the listing or delivering a record twice
            AtomicInteger delivered = new AtomicInteger();
            return credentials.resolve().flatMapMany(creds -> Flux.deferContextual(ctx -> {
                        CallMeasurement.attemptStarted(ctx);
                        SignedRequest signed = SignatureV1.sign(op.name(), withToken.asMap(), creds, clock.instant());
                        Flux<Object> attempt = transport.exchange(op.name(), signed.body(), op.response());
                        int skip = delivered.get();
                        return skip == 0 ? attempt : attempt.filter(new SkipRecords(skip));
                    })
                    .doOnNext(e -> {
                        if (!(e instanceof ResponseSummary)) {
                            delivered.incrementAndGet();
                        }
                    })
                    .retryWhen(retrySpec(op, delivered)));
        });
        return metrics == null ? call : CallMeasurement.measure(call, op.name(), metrics);
    }

    /**
     * A call yielding exactly one record.
     *
     * @param op     the operation
     * @param params its parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the record; {@link MalformedResponseException} if the response held none
     */
    public <T> Mono<T> executeOne(Operation<T> op, Params params, Class<T> type) {
        return execute(op, params)
                .filter(e -> !(e instanceof ResponseSummary))
                .cast(type)
                .singleOrEmpty() // not next(): cancelling before the body ends would close a pooled connection
                .switchIfEmpty(Mono.error(() -> new MalformedResponseException("response to " + op.name()
                        + " held no <" + op.response().resultElement() + "> record", null)));
    }

    /**
     * A call yielding no record.
     *
     * @param op     the operation
     * @param params its parameters
     * @return completes when the service accepted the request
     */
    public Mono<Void> executeVoid(Operation<?> op, Params params) {
        return execute(op, params).then();
    }

    /**
     * A call yielding zero or more records (not paged).
     *
     * @param op     the operation
     * @param params its parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the records as parsed
     */
    public <T> Flux<T> executeMany(Operation<T> op, Params params, Class<T> type) {
        return execute(op, params).filter(e -> !(e instanceof ResponseSummary)).cast(type);
    }

    /** Drops the first {@code n} records of an attempt (never its summary); one instance per attempt. */
    private static final class SkipRecords implements java.util.function.Predicate<Object> {
        private int remaining;

        SkipRecords(int n) {
            this.remaining = n;
        }

        @Override
        public boolean test(Object e) {
            if (e instanceof ResponseSummary || remaining == 0) {
                return true;
            }
            remaining--;
            return false;
        }
    }

    private RetryBackoffSpec retrySpec(Operation<?> op, AtomicInteger delivered) {
        // the immutable part is built once per executor; each call adds only its own filter
        return baseRetry.filter(e -> shouldRetry(op, e) && (delivered.get() == 0 || op.retrySafe()));
    }

    static boolean shouldRetry(Operation<?> op, Throwable e) {
        if (!(e instanceof MTurkException m) || !m.isRetryable()) {
            return false;
        }
        if (op.retrySafe()) {
            return true;
        }
        // a throttled request (503 / AWS.ServiceUnavailable) was refused before the service acted on it, so even an
        // approve or a reject may be sent again
        return (e instanceof MTurkServiceException s && s.isThrottling())
                || (e instanceof MTurkIoException io && io.isConnectFailure())
                || (e instanceof MTurkTimeoutException t && t.kind() == MTurkTimeoutException.Kind.CONNECT);
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }
}
