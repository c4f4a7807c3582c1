package mturk.reactive.simulator.internal;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.NotificationEvent;
import mturk.reactive.simulator.NotificationRecord;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The running simulator: a Reactor Netty HTTP front end, one state thread that owns {@link State} (every operation,
 * timer and scripted worker action is a task on it, so the event loops never wait on a lock), the signature check,
 * fault injection and notification delivery.
 */
public final class Engine implements AutoCloseable {
    private static final Set<String> LIST_PARAMS = Set.of("Status", "AssignmentStatus", "ResponseGroup",
            "PolicyLevel", "About");

    private static final int MAX_REQUEST_LINE = 1024 * 1024;

    private final ScheduledExecutorService stateExecutor;
    private final Scheduler stateScheduler;
    private volatile Thread stateThread;
    private final State state;
    private final Signatures signatures;
    private final String secretKey;
    private final Faults faults;
    private final DisposableServer server;
    private final HttpClient notifyClient;
    private final Consumer<NotificationRecord> recorder;
    private final boolean ticking;
    private final ScheduledFuture<?> ticker;
    private final AtomicLong lastTickNanos = new AtomicLong();
    private final String baseUrl;

    /** Configuration of an engine. */
    public record Config(String host, int port, String accessKey, String secretKey, java.math.BigDecimal balance,
                         long seed, int workers, Instant clockStart, boolean ticking, Duration timestampTolerance) {
    }

    /** Starts the engine and binds the server. */
    public Engine(Config c, Faults faults, Consumer<NotificationRecord> recorder) {
        this.faults = faults;
        this.recorder = recorder;
        this.secretKey = c.secretKey();
        this.signatures = new Signatures(c.accessKey(), c.secretKey(), c.timestampTolerance());
        this.stateExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mturk-simulator-state");
            t.setDaemon(true);
            stateThread = t;
            return t;
        });
        this.stateScheduler = Schedulers.fromExecutorService(stateExecutor, "mturk-simulator-state");
        this.notifyClient = HttpClient.create().responseTimeout(Duration.ofSeconds(10));
        this.state = new State(c.seed(), c.balance(), c.clockStart(), c.workers(), new Sink());
        this.ticking = c.ticking();
        // GET requests carry every parameter (a Question up to 64 KB, URL-encoded) in the request line.
        this.server = HttpServer.create().host(c.host()).port(c.port())
                .httpRequestDecoder(spec -> spec.maxInitialLineLength(MAX_REQUEST_LINE))
                .handle(this::handle).bindNow();
        String host = c.host().contains(":") ? "[" + c.host() + "]" : c.host();
        this.baseUrl = "http://" + host + ":" + server.port() + "/";
        if (ticking) {
            lastTickNanos.set(System.nanoTime());
            this.ticker = stateExecutor.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        } else {
            this.ticker = null;
        }
    }

    private void tick() {
        long nowNanos = System.nanoTime();
        long elapsed = nowNanos - lastTickNanos.getAndSet(nowNanos);
        try {
            state.advanceTo(state.now().plusNanos(elapsed));
        } catch (RuntimeException e) {
            // a failing answer policy must not stop the clock
        }
    }

    /** The base URL, {@code http://host:port/}. */
    public URI endpoint() {
        return URI.create(baseUrl);
    }

    /** Whether simulated time follows the wall clock. */
    public boolean ticking() {
        return ticking;
    }

    /**
     * Runs a task on the state thread and waits for it. For the Java API (tests, main); never call it from an event
     * loop. Runs inline when already on the state thread.
     */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() == stateThread) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return stateExecutor.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The state (only to be used inside {@link #call}). */
    public State state() {
        return state;
    }

    // ------------------------------------------------------------------ HTTP

    private Publisher<Void> handle(HttpServerRequest req, HttpServerResponse res) {
        String path = new QueryStringDecoder(req.uri()).path();
        if (path.startsWith("/files/")) {
            return serveFile(path, res);
        }
        if (!path.equals("/") && !path.equals("/onca/xml")) {
            return res.status(HttpResponseStatus.NOT_FOUND).header(HttpHeaderNames.CONTENT_TYPE, "text/plain")
                    .sendString(Mono.just("Not Found")).then();
        }
        return req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(body -> respond(req, res, sent(req.uri(), body)));
    }

    /** The parameters as sent: query string then form body, repeated names kept. */
    private static List<Map.Entry<String, String>> sent(String uri, String body) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        new QueryStringDecoder(uri).parameters().forEach((k, v) -> v.forEach(x -> pairs.add(Map.entry(k, x))));
        if (!body.isEmpty()) {
            new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 10_000).parameters()
                    .forEach((k, v) -> v.forEach(x -> pairs.add(Map.entry(k, x))));
        }
        return pairs;
    }

    /** One value per name: list parameters joined with commas, otherwise the first value. */
    private static Map<String, String> params(List<Map.Entry<String, String>> pairs) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        pairs.forEach(e -> merged.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
        Map<String, String> out = new LinkedHashMap<>();
        merged.forEach((k, v) -> out.put(k, LIST_PARAMS.contains(k) ? String.join(",", v) : v.get(0)));
        return out;
    }

    private record Reply(int status, String body) {
    }

    private Mono<Void> respond(HttpServerRequest req, HttpServerResponse res, List<Map.Entry<String, String>> pairs) {
        Map<String, String> raw = params(pairs);
        String requestId = UUID.randomUUID().toString();
        String op = raw.getOrDefault("Operation", "");
        Faults.Kind fault = faults.draw();
        if (fault == Faults.Kind.THROTTLE) {
            return send(res, new Reply(503, Envelope.operationError(op, requestId, new ApiException(
                    "AWS.ServiceUnavailable", "Service is busy, please retry."))), Faults.Kind.NONE);
        }
        if (fault == Faults.Kind.RESET_BEFORE) {
            return reset(res);
        }
        Reply early = authenticate(op, requestId, raw, pairs);
        if (early != null) {
            return send(res, early, fault == Faults.Kind.RESET_AFTER ? Faults.Kind.NONE : fault);
        }
        Params p = new Params(raw);
        return Mono.fromCallable(() -> execute(op, p, requestId))
                .subscribeOn(stateScheduler)
                .flatMap(reply -> fault == Faults.Kind.RESET_AFTER ? reset(res) : send(res, reply, fault));
    }

    private Reply authenticate(String op, String requestId, Map<String, String> raw,
                               List<Map.Entry<String, String>> pairs) {
        try {
            signatures.verify(raw, pairs, Instant.now());
        } catch (ApiException e) {
            return new Reply(200, Envelope.operationError(op, requestId, e));
        }
        if (op.isEmpty()) {
            return new Reply(200, Envelope.operationError(null, requestId, ApiException.missing("Operation")));
        }
        if (!State.OPERATIONS.contains(op)) {
            return new Reply(200, Envelope.operationError(op, requestId, ApiException.invalid("Operation", op,
                    "The operation is not supported by version 2014-08-15.")));
        }
        return null;
    }

    private Reply execute(String op, Params p, String requestId) {
        boolean echo = p.list("ResponseGroup", true).contains("Request");
        XmlOut payload = new XmlOut();
        try {
            state.execute(op, p, new State.Ctx(requestId, baseUrl), payload);
            return new Reply(200, Envelope.success(op, requestId, p, payload, echo));
        } catch (ApiException e) {
            state.settle();
            return new Reply(200, Envelope.requestError(op, requestId, p, e, echo));
        } catch (RuntimeException e) {
            return new Reply(500, Envelope.operationError(op, requestId, new ApiException(
                    "AWS.MechanicalTurk.InternalServerError", "Internal error: " + e)));
        }
    }

    private Mono<Void> reset(HttpServerResponse res) {
        return Mono.fromRunnable(() -> res.withConnection(c -> c.channel().close()));
    }

    private Mono<Void> send(HttpServerResponse res, Reply reply, Faults.Kind fault) {
        String body = reply.body();
        if (fault == Faults.Kind.MALFORMED) {
            body = body.replaceFirst("<OperationRequest>", "<OperationRequest>&")
                    .replaceFirst("</RequestId>", "</RequestID>");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.status(reply.status()).header(HttpHeaderNames.CONTENT_TYPE, "text/xml")
                .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bytes.length));
        if (fault == Faults.Kind.TRUNCATE) {
            byte[] part = Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
            return res.sendByteArray(Mono.just(part)).then()
                    .then(Mono.fromRunnable(() -> res.withConnection(c -> c.channel().close())));
        }
        if (fault == Faults.Kind.SLOW) {
            int chunk = faults.slowChunkBytes();
            int n = (bytes.length + chunk - 1) / chunk;
            Flux<byte[]> chunks = Flux.range(0, n)
                    .map(i -> Arrays.copyOfRange(bytes, i * chunk, Math.min(bytes.length, (i + 1) * chunk)))
                    .delayElements(faults.slowChunkDelay());
            return res.sendByteArray(chunks).then();
        }
        return res.sendByteArray(Mono.just(bytes)).then();
    }

    private Mono<Void> serveFile(String path, HttpServerResponse res) {
        String rest = path.substring("/files/".length());
        String token = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return Mono.fromCallable(() -> state.uploadedFile(token)).subscribeOn(stateScheduler).flatMap(bytes -> {
            if (bytes.isEmpty()) {
                byte[] err = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                        + "<Message>Request has expired</Message></Error>").getBytes(StandardCharsets.UTF_8);
                return res.status(HttpResponseStatus.FORBIDDEN).header(HttpHeaderNames.CONTENT_TYPE, "application/xml")
                        .sendByteArray(Mono.just(err)).then();
            }
            return res.status(200).header(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream")
                    .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bytes.get().length))
                    .sendByteArray(Mono.just(bytes.get())).then();
        });
    }

    // ------------------------------------------------------------------ notifications

    /** The REST notification signature: Base64(HMAC-SHA1(secret, "AWSMechanicalTurkRequesterNotification" + "Notify" + Timestamp)). */
    public static String notificationSignature(String secretKey, String timestamp) {
        return Signatures.hmacSha1(secretKey.getBytes(StandardCharsets.UTF_8),
                "AWSMechanicalTurkRequesterNotification" + "Notify" + timestamp);
    }

    private final class Sink implements State.Sink {
        @Override
        public void notify(String transport, String destination, String version, List<NotificationEvent> events) {
            String timestamp = State.time(Instant.now());
            switch (transport) {
                case "REST" -> rest(destination, version, timestamp, events);
                case "SQS" -> recorder.accept(new NotificationRecord(transport, destination, events,
                        sqsBody(version, events), Instant.now(), 0, null));
                default -> recorder.accept(new NotificationRecord(transport, destination, events,
                        emailBody(events), Instant.now(), 0, null));
            }
        }

        @Override
        public void workerMessage(String workerId, String subject, String text) {
            recorder.accept(new NotificationRecord("WorkerMessage", workerId, List.of(), subject + "\n\n" + text,
                    Instant.now(), 0, null));
        }
    }

    private void rest(String destination, String version, String timestamp, List<NotificationEvent> events) {
        StringBuilder q = new StringBuilder();
        q.append("method=Notify&Signature=").append(enc(notificationSignature(secretKey, timestamp)))
                .append("&Timestamp=").append(enc(timestamp)).append("&Version=").append(enc(version));
        int n = 1;
        for (NotificationEvent e : events) {
            String p = "&Event." + n + ".";
            q.append(p).append("EventType=").append(enc(e.eventType()))
                    .append(p).append("EventTime=").append(enc(State.time(e.eventTime())))
                    .append(p).append("HITTypeId=").append(enc(e.hitTypeId()))
                    .append(p).append("HITId=").append(enc(e.hitId()));
            if (e.assignmentId() != null) {
                q.append(p).append("AssignmentId=").append(enc(e.assignmentId()));
            }
            n++;
        }
        String query = q.toString();
        String url = destination + (destination.contains("?") ? "&" : "?") + query;
        notifyClient.get().uri(url)
                .responseSingle((r, body) -> body.asString().defaultIfEmpty("").thenReturn(r.status().code()))
                .subscribe(
                        status -> recorder.accept(new NotificationRecord("REST", destination, events, query,
                                Instant.now(), status, null)),
                        error -> recorder.accept(new NotificationRecord("REST", destination, events, query,
                                Instant.now(), 0, String.valueOf(error))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String sqsBody(String version, List<NotificationEvent> events) {
        StringBuilder sb = new StringBuilder("{\"EventDocVersion\":\"").append(version)
                .append("\",\"EventDocId\":\"").append(UUID.randomUUID())
                .append("\",\"CustomerId\":\"A1SIMULATORREQUESTER\",\"Events\":[");
        for (int i = 0; i < events.size(); i++) {
            NotificationEvent e = events.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"EventType\":\"").append(e.eventType()).append("\",\"EventTimestamp\":\"")
                    .append(State.time(e.eventTime())).append("\",\"HITTypeId\":\"").append(e.hitTypeId())
                    .append("\",\"HITId\":\"").append(e.hitId()).append('"');
            if (e.assignmentId() != null) {
                sb.append(",\"AssignmentId\":\"").append(e.assignmentId()).append('"');
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    private static String emailBody(List<NotificationEvent> events) {
        StringBuilder sb = new StringBuilder("Amazon Mechanical Turk notification\n");
        for (NotificationEvent e : events) {
            sb.append(e.eventType()).append(" at ").append(State.time(e.eventTime())).append(" HITTypeId ")
                    .append(e.hitTypeId()).append(" HITId ").append(e.hitId());
            if (e.assignmentId() != null) {
                sb.append(" AssignmentId ").append(e.assignmentId());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        server.disposeNow(Duration.ofSeconds(5));
        stateScheduler.dispose();
        stateExecutor.shutdownNow();
    }
}
