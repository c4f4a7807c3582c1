package mturk.reactive.core;

import io.netty.channel.ChannelOption;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.TestBuffers;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * A loopback HTTP server on port 0 for client tests: it records every request body (raw and form-decoded) and answers
 * with a canned response chosen by a {@link Responder}, by default the fixture {@code <Operation>.xml}, or an empty
 * {@code <Operation>Result} when there is no such fixture.
 */
final class RecordingServer implements AutoCloseable {

    /** The common parameters every request carries; {@link #operationParams} drops them, except {@code Operation}. */
    static final Set<String> COMMON = Set.of("AWSAccessKeyId", "SignatureVersion", "Timestamp", "Version", "Signature");

    /** A canned response. */
    record Response(int status, String body) {
        static Response ok(String body) {
            return new Response(200, body);
        }
    }

    /** Chooses the response to a request, given its form-decoded parameters. */
    @FunctionalInterface
    interface Responder extends Function<Map<String, String>, Response> {
    }

    private static final Map<String, String> FIXTURES = loadFixtures();

    private final List<String> rawBodies = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile Responder responder = RecordingServer::fixtureFor;
    private final DisposableServer server;

    RecordingServer() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((req, res) -> req.receive().aggregate().asString(StandardCharsets.UTF_8)
                        .defaultIfEmpty("")
                        .flatMap(body -> {
                            rawBodies.add(body);
                            Map<String, String> params = decodeForm(body);
                            requests.add(params);
                            Response r = responder.apply(params);
                            return res.status(r.status())
                                    .header("Content-Type", "text/xml")
                                    .sendString(Mono.just(r.body()), StandardCharsets.UTF_8)
                                    .then();
                        }))
                .bindNow();
    }

    /** @return the base URL, e.g. {@code http://127.0.0.1:40123} */
    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return a client posting here, reading into the leak-checked test allocator, without retry backoff */
    MTurkClient.Builder clientBuilder() {
        return MTurkClient.builder()
                .endpoint(Endpoint.of(url()))
                .credentials(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE"))
                .httpClient(HttpClient.create().option(ChannelOption.ALLOCATOR, TestBuffers.ALLOCATOR))
                .retryPolicy(RetryPolicy.NONE);
    }

    /** @param responder how to answer from now on */
    void respond(Responder responder) {
        this.responder = responder;
    }

    /** Forgets recorded requests and restores the default responder. */
    void reset() {
        rawBodies.clear();
        requests.clear();
        responder = RecordingServer::fixtureFor;
    }

    /** @return the form-decoded parameters of each request so far */
    List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** @return the raw bodies so far */
    List<String> rawBodies() {
        return List.copyOf(rawBodies);
    }

    /**
     * @return the operation parameters of the only request so far ({@link #COMMON} removed, {@code Operation} kept)
     * @throws AssertionError if there was not exactly one request
     */
    Map<String, String> onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly 1 request, got " + requests.size() + ": " + requests);
        }
        return operationParams(requests.get(0));
    }

    static Map<String, String> operationParams(Map<String, String> params) {
        Map<String, String> p = new TreeMap<>(params);
        COMMON.forEach(p::remove);
        return p;
    }

    static Map<String, String> decodeForm(String body) {
        Map<String, String> params = new TreeMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (params.put(name, value) != null) {
                throw new AssertionError("parameter " + name + " sent twice");
            }
        }
        return params;
    }

    /**
     * @param params a request
     * @return the fixture {@code <Operation>.xml}, or an empty result envelope
     */
    static Response fixtureFor(Map<String, String> params) {
        String op = params.getOrDefault("Operation", "Unknown");
        String fixture = FIXTURES.get(op + ".xml");
        return Response.ok(fixture != null ? fixture : emptyResult(op));
    }

    /**
     * @param name a fixture file name
     * @return a responder answering every request with it
     */
    static Responder always(String name) {
        String body = fixture(name);
        return p -> Response.ok(body);
    }

    /**
     * @param name a fixture file name
     * @return its content, preloaded (the responder runs on an event loop, where BlockHound forbids file reads)
     */
    static String fixture(String name) {
        String body = FIXTURES.get(name);
        if (body == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return body;
    }

    private static Map<String, String> loadFixtures() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                RecordingServer.class.getResource("/fixtures").toURI()))) {
            Map<String, String> all = new java.util.HashMap<>();
            files.forEach(f -> all.put(f.getFileName().toString(), Fixtures.load(f.getFileName().toString())));
            return Map.copyOf(all);
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param op operation name
     * @return {@code <{op}Response>} with a valid, empty {@code <{op}Result>}
     */
    static String emptyResult(String op) {
        return "<?xml version=\"1.0\"?>\n<" + op + "Response><OperationRequest><RequestId>5d38ca17-77d6-4caa-b3f0-"
                + "7cabc17c56ad</RequestId></OperationRequest><" + op + "Result><Request><IsValid>True</IsValid>"
                + "</Request></" + op + "Result></" + op + "Response>";
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
