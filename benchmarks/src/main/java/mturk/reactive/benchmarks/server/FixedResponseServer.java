package mturk.reactive.benchmarks.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.CreateHitResponses;
import mturk.reactive.benchmarks.bodies.HitPages;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback HTTP server (port 0) that answers the legacy REST protocol from pre-rendered bodies, so that the
 * end-to-end figures measure the clients and not a server: {@code GetAssignmentsForHIT} and {@code SearchHITs}
 * pages by {@code PageNumber} (rendered once at start), {@code CreateHIT} with a fresh HIT id per call. It checks
 * no signature and keeps no state beyond counters.
 *
 * <p>In trickle mode every {@code GetAssignmentsForHIT} page is sent in small chunks with a pause before each, for
 * the time-to-first-record measurement; {@link #bytesSent()} tells how much of the body has been handed to the
 * transport so far.
 */
public final class FixedResponseServer implements AutoCloseable {

    /**
     * The benchmark's own control operation: answers with the body of the first CreateHIT received, as plain text,
     * so that a parent JVM can replay exactly what the SDK sent.
     */
    public static final String CAPTURED_CREATE_HIT = "BenchmarkCapturedCreateHIT";

    /**
     * The benchmark's own control operation: answers {@code requests=N connections=M}, the requests answered and the
     * TCP connections accepted so far (a client that does not reuse its connections shows here).
     */
    public static final String STATS = "BenchmarkStats";

    private final byte[][] assignmentPages;
    private final byte[] emptyAssignmentsPage;
    private final byte[][] hitPages;
    private final byte[] emptyHitsPage;
    private final Trickle trickle;
    private final AtomicLong createHitCalls = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile long lastChunkNanos;
    private volatile String firstCreateHitBody;
    private final DisposableServer server;

    /** Chunking of trickled bodies: {@code chunkSize} bytes per chunk, {@code pause} before each chunk. */
    public record Trickle(int chunkSize, Duration pause) {
        /** Validates the chunk size. */
        public Trickle {
            if (chunkSize < 1) {
                throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
            }
        }
    }

    private FixedResponseServer(AssignmentPages assignments, HitPages hits, Trickle trickle) {
        this.assignmentPages = new byte[assignments.pageCount()][];
        for (int i = 0; i < assignmentPages.length; i++) {
            assignmentPages[i] = assignments.page(i + 1);
        }
        this.emptyAssignmentsPage = assignments.page(assignments.pageCount() + 1);
        this.hitPages = new byte[hits.pageCount()][];
        for (int i = 0; i < hitPages.length; i++) {
            hitPages[i] = hits.page(i + 1);
        }
        this.emptyHitsPage = hits.page(hits.pageCount() + 1);
        this.trickle = trickle;
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .doOnChannelInit((observer, channel, remote) -> connections.incrementAndGet())
                .handle(this::handle)
                .bindNow();
    }

    /** Renders the pages and binds to a free loopback port. */
    public static FixedResponseServer start(AssignmentPages assignments, HitPages hits) {
        return new FixedResponseServer(assignments, hits, null);
    }

    /** Like {@link #start} but sends each assignments page in chunks, pausing before each one. */
    public static FixedResponseServer startTrickling(AssignmentPages assignments, Trickle trickle) {
        return new FixedResponseServer(assignments, new HitPages(0), trickle);
    }

    /** The bound port on 127.0.0.1. */
    public int port() {
        return server.port();
    }

    /** The body of the first CreateHIT request received, or null: what the bare transport loop re-sends. */
    public String firstCreateHitBody() {
        return firstCreateHitBody;
    }

    /** CreateHIT calls answered so far. */
    public long createHitCalls() {
        return createHitCalls.get();
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** TCP connections accepted so far. */
    public long connections() {
        return connections.get();
    }

    /** Bytes of trickled bodies handed to the transport so far. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** {@link System#nanoTime()} when the last trickled chunk was handed to the transport. */
    public long lastChunkNanos() {
        return lastChunkNanos;
    }

    /** The body of assignments page {@code pageNumber}, as served. */
    public byte[] assignmentsPage(int pageNumber) {
        return pageNumber <= assignmentPages.length ? assignmentPages[pageNumber - 1] : emptyAssignmentsPage;
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(form -> respond(form, response).then());
    }

    private Mono<Void> respond(String form, HttpServerResponse response) {
        requests.incrementAndGet();
        Map<String, String> params = parse(form);
        String operation = params.getOrDefault("Operation", "");
        int pageNumber = Integer.parseInt(params.getOrDefault("PageNumber", "1"));
        response.header(HttpHeaderNames.CONTENT_TYPE, "text/xml");
        switch (operation) {
            case "GetAssignmentsForHIT" -> {
                byte[] body = assignmentsPage(pageNumber);
                return trickle == null ? whole(response, body) : trickled(response, body);
            }
            case "SearchHITs" -> {
                return whole(response, pageNumber <= hitPages.length ? hitPages[pageNumber - 1] : emptyHitsPage);
            }
            case "CreateHIT" -> {
                if (firstCreateHitBody == null) {
                    firstCreateHitBody = form;
                }
                return whole(response, CreateHitResponses.body(createHitCalls.incrementAndGet()));
            }
            case CAPTURED_CREATE_HIT -> {
                // control operation of the benchmark, not of the API: the parent JVM fetches what the SDK sent
                String captured = firstCreateHitBody == null ? "" : firstCreateHitBody;
                response.header(HttpHeaderNames.CONTENT_TYPE, "text/plain");
                return whole(response, captured.getBytes(StandardCharsets.UTF_8));
            }
            case STATS -> {
                response.header(HttpHeaderNames.CONTENT_TYPE, "text/plain");
                return whole(response, ("requests=" + requests.get() + " connections=" + connections.get())
                        .getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                String safe = operation.replaceAll("[^A-Za-z]", "");
                return whole(response, CreateHitResponses.unsupported(safe.isEmpty() ? "Unknown" : safe));
            }
        }
    }

    private static Mono<Void> whole(HttpServerResponse response, byte[] body) {
        response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
        return response.sendByteArray(Mono.just(body)).then();
    }

    private Mono<Void> trickled(HttpServerResponse response, byte[] body) {
        response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
        int chunks = (body.length + trickle.chunkSize() - 1) / trickle.chunkSize();
        Flux<ByteBuf> parts = Flux.range(0, chunks)
                .delayElements(trickle.pause())
                .map(i -> {
                    int from = i * trickle.chunkSize();
                    int length = Math.min(trickle.chunkSize(), body.length - from);
                    bytesSent.addAndGet(length);
                    lastChunkNanos = System.nanoTime();
                    return Unpooled.wrappedBuffer(body, from, length);
                });
        return response.send(parts).then();
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> params = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq);
                if (name.equals("Operation") || name.equals("PageNumber")) {
                    params.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    /** Resets the trickle counters before a new measurement. */
    public void resetTrickleCounters() {
        bytesSent.set(0);
        lastChunkNanos = 0;
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
