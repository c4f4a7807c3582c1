package mturk.reactive.simulator.reliability;

import io.netty.buffer.PoolArenaMetric;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.RetryPolicy;
import mturk.reactive.simulator.MTurkSimulator;
import reactor.blockhound.BlockHound;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.netty.http.client.HttpClient;

/**
 * A client wired for measurement: its own event loops ({@code rel-client-*}), a connection pool whose acquired count
 * is observed, an exact-count buffer allocator for everything it reads, a count of HTTP statuses it received, and
 * BlockHound recording any blocking call made on a non-blocking thread. Close it at the end of a drill, after reading
 * {@link #leakedBuffers()} and {@link #acquiredConnections()}.
 */
final class ClientHarness implements AutoCloseable {

    /** Blocking calls seen on non-blocking threads since the JVM started: "thread: method". */
    static final List<String> BLOCKING_CALLS = new CopyOnWriteArrayList<>();

    static {
        // record rather than throw: the simulator shares the JVM, and a drill reports the count for client threads
        BlockHound.builder()
                .blockingMethodCallback(m -> BLOCKING_CALLS.add(Thread.currentThread().getName() + ": " + m))
                .install();
    }

    /** Pooled, with thread caches off, so that its count of active allocations is exact. */
    private final PooledByteBufAllocator allocator = new PooledByteBufAllocator(true, 1, 1, 8192, 9, 0, 0, false);
    private final LoopResources loops = LoopResources.create("rel-client", 2, true);
    private final List<ConnectionPoolMetrics> pools = new CopyOnWriteArrayList<>();
    private final ConnectionProvider provider;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final MTurkClient client;

    ClientHarness(MTurkSimulator sim, RetryPolicy retryPolicy, UnaryOperator<MTurkClient.Builder> extra) {
        this.provider = ConnectionProvider.builder("rel")
                .maxConnections(64)
                .pendingAcquireMaxCount(-1)
                .metrics(true, () -> (poolName, id, remoteAddress, metrics) -> pools.add(metrics))
                .build();
        HttpClient http = HttpClient.create(provider)
                .runOn(loops)
                .option(ChannelOption.ALLOCATOR, allocator)
                .doOnRequest((req, conn) -> requests.incrementAndGet())
                .doOnResponse((res, conn) -> statuses.computeIfAbsent(res.status().code(), k -> new AtomicInteger())
                        .incrementAndGet());
        this.client = extra.apply(MTurkClient.builder()
                .endpoint(Endpoint.of(sim.endpoint()))
                .credentials(Credentials.of(sim.accessKey(), sim.secretKey()))
                .retryPolicy(retryPolicy)
                .httpClient(http)).build();
    }

    ClientHarness(MTurkSimulator sim, RetryPolicy retryPolicy) {
        this(sim, retryPolicy, b -> b);
    }

    /** A retry budget for the drills: 10 retries, 5 ms doubling to 100 ms, full jitter. */
    static RetryPolicy drillRetries() {
        return RetryPolicy.DEFAULT.withMaxRetries(10).withBackoff(Duration.ofMillis(5), Duration.ofMillis(100));
    }

    MTurkClient client() {
        return client;
    }

    /** @return how many responses of the given status the client received */
    int responses(int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** @return how many requests (attempts) the client sent */
    int requests() {
        return requests.get();
    }

    /** @return every status received, with counts */
    Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    /** @return buffers allocated for the client and never released, after letting in-flight releases land */
    long leakedBuffers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long active;
        while ((active = activeAllocations()) != 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return active;
    }

    private long activeAllocations() {
        long n = 0;
        for (PoolArenaMetric a : allocator.metric().directArenas()) {
            n += a.numActiveAllocations();
        }
        for (PoolArenaMetric a : allocator.metric().heapArenas()) {
            n += a.numActiveAllocations();
        }
        return n;
    }

    /** @return connections acquired from the pool and not given back (or closed), after in-flight releases land */
    int acquiredConnections() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int acquired;
        while ((acquired = pools.stream().mapToInt(ConnectionPoolMetrics::acquiredSize).sum()) != 0
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return acquired;
    }

    /** @return blocking calls on the client's event loops and Reactor's parallel threads */
    static long clientBlockingCalls() {
        return BLOCKING_CALLS.stream().filter(c -> c.startsWith("rel-client") || c.startsWith("parallel")).count();
    }

    @Override
    public void close() {
        client.close();
        provider.disposeLater().block(Duration.ofSeconds(10));
        loops.disposeLater().block(Duration.ofSeconds(10));
    }
}
