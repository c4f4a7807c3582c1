package mturk.reactive.core;

import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntFunction;
import mturk.reactive.core.http.HttpTransport;
import mturk.reactive.core.internal.OperationExecutor;
import mturk.reactive.core.internal.PageResult;
import mturk.reactive.core.internal.Paging;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.operation.Params;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The reactive client of the Mechanical Turk Requester API, version 2014-08-15.
 *
 * <pre>{@code
 * MTurkClient mturk = MTurkClient.builder()
 *         .endpoint(Endpoint.of("http://127.0.0.1:8080"))     // e.g. the simulator
 *         .credentials(Credentials.of("AKID…", "secret"))
 *         .build();
 * mturk.getAccountBalance().subscribe(b -> System.out.println(b.available()));
 * }</pre>
 *
 * <p>Every operation returns a cold {@code Mono} or {@code Flux}: nothing is sent before subscription, each
 * subscription sends again (a fresh, re-signed request), and cancelling releases the buffers and closes a half-read
 * connection. Listings are lazily paged {@code Flux}es. Errors are {@link MTurkException}s.
 *
 * <p>Immutable and thread-safe; share one instance. Ownership: if the builder was given an {@link HttpClient}, its
 * connection pool and event loops belong to the caller, and {@link #close()} leaves them alone. Otherwise the
 * client creates its own connection pool, and {@link #close()} disposes it; event loops are Reactor Netty's global
 * ones, which need no disposal.
 */
public final class MTurkClient implements AutoCloseable {

    private final Builder config;
    private final ConnectionProvider ownedProvider;
    private final OperationExecutor executor;

    private MTurkClient(Builder config) {
        this.config = config.copy();
        HttpClient base;
        if (config.httpClient != null) {
            base = config.httpClient;
            this.ownedProvider = null;
        } else {
            this.ownedProvider = ConnectionProvider.builder("mturk-reactive")
                    .maxConnections(config.maxConnections)
                    .maxIdleTime(Duration.ofSeconds(30))
                    .build();
            base = HttpClient.create(ownedProvider);
        }
        HttpClient http = base
                .compress(true)
                .responseTimeout(config.responseTimeout)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout.toMillis()));
        HttpTransport transport = new HttpTransport(http, config.endpoint, config.responseLimits,
                config.connectTimeout, config.responseTimeout);
        this.executor = new OperationExecutor(transport, config.credentials, config.clock, config.retryPolicy);
    }

    /** @return a builder with the defaults: production endpoint, default credential chain, 3 retries */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this client's configuration, to derive a differently configured client */
    public Builder mutate() {
        return config.copy();
    }

    /** @return the endpoint requests go to */
    public Endpoint endpoint() {
        return config.endpoint;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return config.retryPolicy;
    }

    /**
     * {@code GetAccountBalance}: the requester's available balance.
     *
     * @return the balance; errors: {@link MTurkServiceException} (e.g. {@code AWS.NotAuthorized}),
     *         {@link MTurkClientException} subclasses for transport and decoding failures
     */
    public Mono<AccountBalance> getAccountBalance() {
        return executeOne(Operations.GET_ACCOUNT_BALANCE, Params.empty(), AccountBalance.class);
    }

    // ---- the seam used by every operation method (operations are added on top of these) ----

    /**
     * Runs an operation that yields exactly one record.
     *
     * @param op     the descriptor from {@link Operations}
     * @param params the operation's parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the record
     */
    <T> Mono<T> executeOne(Operation<T> op, Params params, Class<T> type) {
        return executor.executeOne(op, params, type);
    }

    /**
     * Runs an operation that yields nothing.
     *
     * @param op     the descriptor
     * @param params the parameters
     * @return completion
     */
    Mono<Void> executeVoid(Operation<?> op, Params params) {
        return executor.executeVoid(op, params);
    }

    /**
     * Runs an operation that yields several records in one response (not paged).
     *
     * @param op     the descriptor
     * @param params the parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the records as parsed
     */
    <T> Flux<T> executeMany(Operation<T> op, Params params, Class<T> type) {
        return executor.executeMany(op, params, type);
    }

    /**
     * One page of a paged operation.
     *
     * @param op     the descriptor (an {@code items} response spec)
     * @param params the parameters including {@code PageNumber}/{@code PageSize}
     * @param page   the page number the params ask for
     * @param type   the item type
     * @param <T>    item type
     * @return the page
     */
    <T> Mono<PageResult<T>> executePage(Operation<T> op, Params params, int page, Class<T> type) {
        return Paging.collect(n -> executor.execute(op, params), page, type);
    }

    /**
     * Every item of a paged operation, lazily: page N+1 is requested only when demand runs past page N.
     *
     * @param op         the descriptor (an {@code items} response spec)
     * @param pageParams the parameters of page N (1-based), including {@code PageNumber=N} and
     *                   {@code PageSize=pageSize}
     * @param pageSize   the page size the parameters ask for (1..100)
     * @param type       the item type
     * @param <T>        item type
     * @return the items as they are parsed
     */
    <T> Flux<T> executeAll(Operation<T> op, IntFunction<Params> pageParams, int pageSize, Class<T> type) {
        return Paging.items(n -> executor.execute(op, pageParams.apply(n)), pageSize, type);
    }

    /**
     * Every page of a paged operation, lazily.
     *
     * @param op         the descriptor
     * @param pageParams the parameters of page N
     * @param pageSize   the page size
     * @param type       the item type
     * @param <T>        item type
     * @return the pages
     */
    <T> Flux<PageResult<T>> executePages(Operation<T> op, IntFunction<Params> pageParams, int pageSize,
                                         Class<T> type) {
        return Paging.pages(n -> executor.execute(op, pageParams.apply(n)), pageSize, type);
    }

    /** Disposes the connection pool this client created; a caller-supplied {@link HttpClient} is left alone. */
    @Override
    public void close() {
        if (ownedProvider != null) {
            ownedProvider.dispose();
        }
    }

    /**
     * Configures a {@link MTurkClient}. Not thread-safe; {@link #build()} copies it, so a builder may be reused.
     */
    public static final class Builder {
        private Endpoint endpoint = Endpoint.PRODUCTION;
        private CredentialsProvider credentials = CredentialsProvider.defaultChain();
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private ResponseLimits responseLimits = ResponseLimits.DEFAULT;
        private int maxConnections = 50;

        private Builder() {
        }

        Builder copy() {
            Builder b = new Builder();
            b.endpoint = endpoint;
            b.credentials = credentials;
            b.clock = clock;
            b.retryPolicy = retryPolicy;
            b.httpClient = httpClient;
            b.connectTimeout = connectTimeout;
            b.responseTimeout = responseTimeout;
            b.responseLimits = responseLimits;
            b.maxConnections = maxConnections;
            return b;
        }

        /**
         * @param endpoint where requests go (default {@link Endpoint#PRODUCTION})
         * @return this builder
         */
        public Builder endpoint(Endpoint endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * @param credentials fixed credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = CredentialsProvider.of(credentials);
            return this;
        }

        /**
         * @param provider resolved once per call (default {@link CredentialsProvider#defaultChain()})
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider provider) {
            this.credentials = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * @param clock gives each attempt's {@code Timestamp} (default UTC system clock)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param retryPolicy backoff and limits (default {@link RetryPolicy#DEFAULT})
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Uses the caller's Reactor Netty client (its connection pool, event loops, proxy, TLS and metrics
         * settings). The client adds compression, the timeouts of this builder, and the request headers on top,
         * which creates derived {@code HttpClient}s sharing the caller's resources; the caller remains responsible
         * for disposing them, and {@link MTurkClient#close()} does not touch them.
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * @param timeout longest wait to establish a connection (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /**
         * @param timeout longest silence while waiting for or reading a response (default 60 s)
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive("responseTimeout", timeout);
            return this;
        }

        /**
         * @param limits bounds of one response document (default {@link ResponseLimits#DEFAULT})
         * @return this builder
         */
        public Builder responseLimits(ResponseLimits limits) {
            this.responseLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @param max size of the connection pool the client creates when no {@link HttpClient} is given (default 50)
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be >= 1, was " + max);
            }
            this.maxConnections = max;
            return this;
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be > 0, was " + d);
            }
            return d;
        }

        /** @return a new immutable client; no connection is opened until a call is subscribed */
        public MTurkClient build() {
            return new MTurkClient(this);
        }
    }
}
