package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.notification.NotificationRejectedException;
import mturk.reactive.core.notification.NotificationVerifier;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.EventType;
import mturk.reactive.model.Hit;
import mturk.reactive.model.NotificationMessage;
import mturk.reactive.model.Price;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.util.Loggers;

/**
 * Secrets and notifications. A full workflow runs with every logger at the finest level and the HTTP wire logged byte
 * for byte; the log, every exception's message, stack trace and {@code toString}, and the {@code toString} of the
 * client's configuration objects are scanned for the secret key: 0 occurrences. A REST notification sent by the
 * simulator verifies; a forged signature (one character changed at any position) and a timestamp outside the window
 * are refused.
 */
class SecretsAndNotificationsTest {

    private static final String ACCESS_KEY = "AKIDRELIABILITYTEST";
    private static final String SECRET = "Rel1abil1ty+Secret/Key=NeverPrinted";
    /** What is searched for: a distinctive prefix of the secret, so that an escaped or cut copy is found too. */
    private static final String NEEDLE = "Rel1abil1ty";

    /** Collects every JDK log record, formatted with its parameters and throwable. */
    private static final class Capture extends Handler {
        final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

        @Override
        public void publish(LogRecord r) {
            StringBuilder b = new StringBuilder(r.getLoggerName()).append(' ').append(r.getMessage());
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    b.append(' ').append(p);
                }
            }
            if (r.getThrown() != null) {
                b.append(' ').append(stackTrace(r.getThrown()));
            }
            lines.add(b.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t + "\n" + w;
    }

    @Test
    void aFullWorkflowAtTheFinestLogLevelNeverShowsTheSecret() {
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
        Loggers.useJdkLoggers();
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        List<Logger> tuned = new ArrayList<>();
        for (String name : List.of("", "reactor", "io.netty", "mturk", "reactor.netty.http.client")) {
            Logger l = Logger.getLogger(name);
            tuned.add(l);
            l.setLevel(Level.ALL);
        }
        root.addHandler(capture);
        List<Throwable> errors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (MTurkSimulator sim = MTurkSimulator.builder().credentials(ACCESS_KEY, SECRET)
                .manualClock(Instant.parse("2020-01-01T00:00:00Z")).workers(3).start();
             ClientHarness harness = new ClientHarness(sim, ClientHarness.drillRetries(),
                     b -> b.httpClient(reactor.netty.http.client.HttpClient.create()
                             .wiretap("reactor.netty.http.client.HttpClient",
                                     io.netty.handler.logging.LogLevel.DEBUG,
                                     reactor.netty.transport.logging.AdvancedByteBufFormat.TEXTUAL)))) {
            MTurkClient client = harness.client();
            sim.faults().throttle(0.3); // retries log too
            Hit hit = client.createHit(BrokenConnectionDrillTest.hit("Secret drill", 2)).block(Duration.ofSeconds(60));
            for (var w : sim.workers().list().subList(0, 2)) {
                sim.workers().submit(sim.workers().accept(w.id(), hit.hitId()));
            }
            List<Assignment> assignments = client.getAllAssignments(hit.hitId()).collectList()
                    .block(Duration.ofSeconds(60));
            client.approveAssignment(assignments.get(0).assignmentId(), "thanks").block(Duration.ofSeconds(60));
            client.grantBonus(assignments.get(0).workerId(), assignments.get(0).assignmentId(), Price.usd("0.05"),
                    "bonus").block(Duration.ofSeconds(60));
            client.getAccountBalance().block(Duration.ofSeconds(60));
            sim.faults().clear();
            // failures of every kind: service error, wrong secret, bad argument, malformed body
            errors.add(error(client.approveAssignment(assignments.get(0).assignmentId())));
            errors.add(error(client.getHit("NO_SUCH_HIT")));
            try (MTurkClient wrong = client.mutate().credentials(Credentials.of(ACCESS_KEY, SECRET + "x")).build()) {
                errors.add(error(wrong.getAccountBalance()));
                texts.add(wrong.toString());
            }
            errors.add(assertThrows(IllegalArgumentException.class, () -> Credentials.of(ACCESS_KEY, " ")));
            sim.faults().malformed(1.0);
            errors.add(error(client.getAccountBalance()));
            sim.faults().clear();
            texts.add(Credentials.of(ACCESS_KEY, SECRET).toString());
            texts.add(client.toString());
            texts.add(client.mutate().toString());
            texts.add(hit.toString());
        } finally {
            root.removeHandler(capture);
            tuned.forEach(l -> l.setLevel(null));
        }
        for (Throwable e : errors) {
            texts.add(stackTrace(e));
            texts.add(String.valueOf(e.getMessage()));
        }
        long wireLines = capture.lines.stream().filter(l -> l.contains("Signature=")).count();
        long inLog = capture.lines.stream().filter(l -> l.contains(NEEDLE)).count();
        long inTexts = texts.stream().filter(t -> t.contains(NEEDLE)).count();
        Figures.record("secrets", "logRecords=" + capture.lines.size() + " wireRecordsWithSignature=" + wireLines
                + " exceptionsAndToStrings=" + texts.size() + " secretInLog=" + inLog + " secretInTexts=" + inTexts);
        assertTrue(wireLines > 0, "the wire log must have captured the signed requests");
        assertEquals(0, inLog, "log records showing the secret");
        assertEquals(0, inTexts, "messages or toString showing the secret");
    }

    private static Throwable error(Mono<?> call) {
        Throwable e = call.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block(Duration.ofSeconds(60));
        return assertInstanceOf(Throwable.class, e, "the call was expected to fail");
    }

    @Test
    void aSimulatorNotificationVerifiesAndForgeriesAndStaleOnesAreRefused() {
        Sinks.One<Map<String, String>> received = Sinks.one();
        DisposableServer receiver = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> {
                    received.tryEmitValue(NotificationVerifier.parseQuery(
                            req.uri().contains("?") ? req.uri().substring(req.uri().indexOf('?') + 1) : ""));
                    return res.status(200).send();
                }).bindNow();
        try (MTurkSimulator sim = MTurkSimulator.builder().credentials(ACCESS_KEY, SECRET).start();
             ClientHarness harness = new ClientHarness(sim, ClientHarness.drillRetries())) {
            harness.client().sendTestEventNotification("http://127.0.0.1:" + receiver.port() + "/notify",
                    EventType.ASSIGNMENT_SUBMITTED, EventType.ASSIGNMENT_SUBMITTED).block(Duration.ofSeconds(30));
            Map<String, String> params = received.asMono().block(Duration.ofSeconds(30));
            NotificationVerifier verifier = NotificationVerifier.of(Credentials.of(ACCESS_KEY, SECRET));
            NotificationMessage ok = verifier.verify(params);
            assertEquals(1, ok.events().size());

            String signature = params.get("Signature");
            int forged = 0;
            for (int i = 0; i < signature.length(); i++) {
                char c = signature.charAt(i);
                Map<String, String> f = new LinkedHashMap<>(params);
                f.put("Signature", signature.substring(0, i) + (c == 'A' ? 'B' : 'A') + signature.substring(i + 1));
                NotificationRejectedException e = assertThrows(NotificationRejectedException.class,
                        () -> verifier.verify(f));
                assertEquals(NotificationRejectedException.Reason.BAD_SIGNATURE, e.reason());
                forged++;
            }
            Map<String, String> otherTime = new LinkedHashMap<>(params);
            otherTime.put("Timestamp", Instant.parse(params.get("Timestamp")).plusSeconds(1).toString());
            assertEquals(NotificationRejectedException.Reason.BAD_SIGNATURE,
                    assertThrows(NotificationRejectedException.class, () -> verifier.verify(otherTime)).reason());
            NotificationVerifier later = new NotificationVerifier(Credentials.of(ACCESS_KEY, SECRET),
                    Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofMinutes(16)),
                    NotificationVerifier.DEFAULT_WINDOW);
            assertEquals(NotificationRejectedException.Reason.STALE,
                    assertThrows(NotificationRejectedException.class, () -> later.verify(params)).reason());
            NotificationVerifier wrongKey = NotificationVerifier.of(Credentials.of(ACCESS_KEY, SECRET + "x"));
            assertThrows(NotificationRejectedException.class, () -> wrongKey.verify(params));
            Figures.record("notifications", "genuine=accepted forgedSignatures=" + forged + "/" + forged
                    + " refused alteredTimestamp=refused staleBy16min=refused wrongKey=refused");
        } finally {
            receiver.disposeNow(Duration.ofSeconds(5));
        }
    }
}
