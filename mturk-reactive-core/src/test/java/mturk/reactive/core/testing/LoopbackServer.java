package mturk.reactive.core.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.internal.PercentEncoding;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback Reactor Netty {@link HttpServer} on 127.0.0.1, port 0, that plays the MTurk REST endpoint for client
 * tests: it records the form-decoded parameters of every POST and answers from a script of {@link Reply}s (the last
 * one repeats), or from a responder function. Replies can inject faults: 503 throttling, a closed connection before
 * any response, a body cut mid-way, a stall, tiny chunks, gzip.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start()) {
 *     server.enqueue(Reply.throttle(), Reply.xml(Fixtures.load("GetAccountBalance.xml")));
 *     … client.getAccountBalance() …
 *     assertEquals("GetAccountBalance", server.requests().get(1).param("Operation"));
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Recorded(String method, String uri, Map<String, String> headers, Map<String, String> params,
                           String body) {
        /**
         * @param name a form parameter
         * @return its decoded value, or {@code null}
         */
        public String param(String name) {
            return params.get(name);
        }
    }

    /** How to answer one request. */
    public interface Reply {
        /**
         * @param res     the response to write
         * @param request what was received
         * @return completion of the answer
         */
        Publisher<Void> send(HttpServerResponse res, Recorded request);

        /**
         * @param body XML body
         * @return 200 with that body
         */
        static Reply xml(String body) {
            return xml(200, body);
        }

        /**
         * @param status HTTP status
         * @param body   XML body
         * @return that status and body, {@code Content-Type: text/xml}
         */
        static Reply xml(int status, String body) {
            return (res, req) -> res.status(status).header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                    .sendString(Mono.just(body));
        }

        /**
         * @param status HTTP status
         * @param html   an HTML page (a proxy's error page, say)
         * @return that status and page
         */
        static Reply html(int status, String html) {
            return (res, req) -> res.status(status).header(HttpHeaderNames.CONTENT_TYPE, "text/html")
                    .sendString(Mono.just(html));
        }

        /** @return HTTP 503 with an {@code AWS.ServiceUnavailable} envelope for the requested operation */
        static Reply throttle() {
            return (res, req) -> res.status(503).header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                    .sendString(Mono.just("<?xml version=\"1.0\"?>\n<" + req.param("Operation") + "Response>"
                            + "<OperationRequest><RequestId>throttled-1</RequestId><Errors><Error>"
                            + "<Code>AWS.ServiceUnavailable</Code><Message>Service is busy, please retry.</Message>"
                            + "</Error></Errors></OperationRequest></" + req.param("Operation") + "Response>"));
        }

        /** @return closes the connection without answering (the response is lost) */
        static Reply closeBeforeResponse() {
            return (res, req) -> {
                res.withConnection(Connection::dispose);
                return Mono.never();
            };
        }

        /**
         * @param body  XML body
         * @param bytes how many of its bytes to send before closing the connection
         * @return a {@code Content-Length} promising the whole body, then a cut
         */
        static Reply cutMidBody(String body, int bytes) {
            byte[] all = body.getBytes(StandardCharsets.UTF_8);
            return (res, req) -> res.status(200)
                    .header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                    .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(all.length))
                    .send(Mono.just(Unpooled.wrappedBuffer(all, 0, bytes)), b -> true)
                    .then()
                    .then(Mono.fromRunnable(() -> res.withConnection(Connection::dispose)));
        }

        /**
         * @param body  XML body
         * @param bytes how many of its bytes to send, as a complete HTTP response (the XML is cut, HTTP is not)
         * @return a short but well-framed body
         */
        static Reply shortBody(String body, int bytes) {
            return xml(200, new String(body.getBytes(StandardCharsets.UTF_8), 0, bytes, StandardCharsets.UTF_8));
        }

        /** @return never answers */
        static Reply stall() {
            return (res, req) -> Mono.never();
        }

        /**
         * @param body      XML body
         * @param firstPart how many bytes to send before stalling forever
         * @return a body that starts, then stalls (chunked)
         */
        static Reply stallAfter(String body, int firstPart) {
            byte[] all = body.getBytes(StandardCharsets.UTF_8);
            return (res, req) -> res.status(200).header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                    .send(Flux.<ByteBuf>just(Unpooled.wrappedBuffer(all, 0, firstPart)).concatWith(Mono.never()),
                            b -> true);
        }

        /**
         * @param body      XML body
         * @param chunkSize bytes per HTTP chunk, each flushed on its own
         * @return the body in tiny chunks
         */
        static Reply chunked(String body, int chunkSize) {
            byte[] all = body.getBytes(StandardCharsets.UTF_8);
            return (res, req) -> {
                List<ByteBuf> parts = new ArrayList<>();
                for (int i = 0; i < all.length; i += chunkSize) {
                    parts.add(Unpooled.wrappedBuffer(all, i, Math.min(chunkSize, all.length - i)));
                }
                return res.status(200).header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                        .send(Flux.fromIterable(parts), b -> true);
            };
        }
    }

    private final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final AtomicInteger connectionsClosed = new AtomicInteger();
    private volatile Reply last = Reply.html(500, "<html>no reply scripted</html>");
    private volatile Function<Recorded, Reply> responder;
    private final DisposableServer server;

    private LoopbackServer(boolean compress) {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .compress(compress)
                .doOnChannelInit((observer, channel, remote) -> {
                    // per TCP connection (doOnConnection would count HTTP exchanges)
                    connectionsOpened.incrementAndGet();
                    channel.closeFuture().addListener(f -> connectionsClosed.incrementAndGet());
                })
                .route(routes -> routes.post("/", (req, res) -> req.receive().aggregate().asString()
                        .defaultIfEmpty("")
                        .flatMap(body -> {
                            Map<String, String> headers = new LinkedHashMap<>();
                            req.requestHeaders().forEach(e -> headers.put(e.getKey().toLowerCase(), e.getValue()));
                            Recorded r = new Recorded("POST", req.uri(), Collections.unmodifiableMap(headers),
                                    decodeForm(body), body);
                            requests.add(r);
                            return Mono.from(nextReply(r).send(res, r));
                        })))
                .bindNow(Duration.ofSeconds(10));
    }

    /** @return a started server */
    public static LoopbackServer start() {
        return new LoopbackServer(false);
    }

    /** @return a started server that gzips responses for clients that accept it */
    public static LoopbackServer startCompressing() {
        return new LoopbackServer(true);
    }

    private Reply nextReply(Recorded r) {
        Function<Recorded, Reply> f = responder;
        if (f != null) {
            return f.apply(r);
        }
        Reply next = script.poll();
        if (next != null) {
            last = next;
            return next;
        }
        return last;
    }

    /**
     * @param replies answers to the next requests, in order; the last one repeats afterwards
     * @return this server
     */
    public LoopbackServer enqueue(Reply... replies) {
        Collections.addAll(script, replies);
        return this;
    }

    /**
     * @param responder computes each answer from the request (overrides the script)
     * @return this server
     */
    public LoopbackServer respondWith(Function<Recorded, Reply> responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
        return this;
    }

    /** @return the endpoint of this server, {@code http://127.0.0.1:<port>} */
    public Endpoint endpoint() {
        return Endpoint.of("http://127.0.0.1:" + server.port());
    }

    /** @return every request received so far, in order */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** @return TCP connections accepted so far */
    public int connectionsOpened() {
        return connectionsOpened.get();
    }

    /** @return TCP connections closed so far */
    public int connectionsClosed() {
        return connectionsClosed.get();
    }

    /**
     * Waits (up to 20 s) for a condition about the server, e.g. {@code () -> server.requests().size() == 2}.
     *
     * @param condition the condition
     * @param what      description for the failure message
     */
    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = PercentEncoding.decodeForm(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : PercentEncoding.decodeForm(pair.substring(eq + 1));
            params.put(k, v);
        }
        return Collections.unmodifiableMap(params);
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }

}
