package mturk.reactive.simulator.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkTimeoutException;
import mturk.reactive.core.RetryPolicy;
import mturk.reactive.model.Hit;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Slow and stalled servers, and cancellation: the response timeout fires as configured whether the server stalls
 * before the headers or in the middle of the body, the error says which timeout and its value, and the connection and
 * buffers are released; 200 harvests cancelled at random points (after a random number of records, or after a random
 * delay while bodies trickle in) leave 0 leaked buffers and 0 connections held.
 */
class TimeoutAndCancellationDrillTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(700);

    private MTurkSimulator sim;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).workers(150).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private MTurkTimeoutException assertTimesOut(ClientHarness harness, Mono<?> call) {
        Throwable error = call.then(Mono.<Throwable>empty()).onErrorResume(Mono::just)
                .block(Duration.ofSeconds(30));
        MTurkTimeoutException e = assertInstanceOf(MTurkTimeoutException.class, error);
        assertEquals(MTurkTimeoutException.Kind.RESPONSE, e.kind());
        assertEquals(RESPONSE_TIMEOUT, e.timeout());
        assertTrue(e.getMessage().contains("response timeout of " + RESPONSE_TIMEOUT), e.getMessage());
        return e;
    }

    @Test
    void aServerThatStallsBeforeAnsweringHitsTheResponseTimeout() {
        try (ClientHarness harness = new ClientHarness(sim, RetryPolicy.NONE, b -> b.responseTimeout(RESPONSE_TIMEOUT))) {
            // every body is sent in one chunk after a delay far beyond the timeout
            sim.faults().slowPace(1 << 20, Duration.ofSeconds(5)).slow(1.0);
            MTurkTimeoutException e = assertTimesOut(harness, harness.client().getAccountBalance());
            sim.faults().clear();
            assertEquals(0, harness.leakedBuffers());
            assertEquals(0, harness.acquiredConnections());
            Figures.record("timeout.stall-before-headers", "configured=" + RESPONSE_TIMEOUT + " error=\""
                    + e.getMessage() + "\" leakedBuffers=0 acquiredConnections=0");
        }
    }

    @Test
    void aBodyThatStallsMidwayHitsTheResponseTimeout() {
        // a loopback server that sends the headers and half of a valid body at once, then nothing more
        String body = "<?xml version=\"1.0\"?>\n<GetAccountBalanceResponse><OperationRequest><RequestId>s1</RequestId>"
                + "</OperationRequest><GetAccountBalanceResult><Request><IsValid>True</IsValid></Request>"
                + "<AvailableBalance><Amount>1.00</Amount><CurrencyCode>USD</CurrencyCode></AvailableBalance>"
                + "</GetAccountBalanceResult></GetAccountBalanceResponse>";
        AtomicInteger served = new AtomicInteger();
        DisposableServer stalling = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> req.receive().then(Mono.defer(() -> {
                    served.incrementAndGet();
                    return res.header("Content-Type", "text/xml")
                            .header("Content-Length", Integer.toString(body.length()))
                            .sendString(Flux.concat(Mono.just(body.substring(0, body.length() / 2)), Mono.never()))
                            .then();
                }))).bindNow();
        try (ClientHarness harness = new ClientHarness(sim, RetryPolicy.NONE,
                b -> b.responseTimeout(RESPONSE_TIMEOUT).endpoint(Endpoint.of("http://127.0.0.1:" + stalling.port()
                        + "/")))) {
            MTurkTimeoutException e = assertTimesOut(harness, harness.client().getAccountBalance());
            assertEquals(1, served.get(), "the server answered the headers and half the body");
            assertEquals(0, harness.leakedBuffers());
            assertEquals(0, harness.acquiredConnections());
            Figures.record("timeout.stall-mid-body", "configured=" + RESPONSE_TIMEOUT + " error=\"" + e.getMessage()
                    + "\" leakedBuffers=0 acquiredConnections=0");
        } finally {
            stalling.disposeNow(Duration.ofSeconds(5));
        }
    }

    @Test
    void harvestsCancelledAtRandomPointsLeakNothing() {
        int harvests = 200;
        try (ClientHarness harness = new ClientHarness(sim, ClientHarness.drillRetries())) {
            MTurkClient client = harness.client();
            String hitId = client.createHit(BrokenConnectionDrillTest.hit("Cancel", 150)).map(Hit::hitId)
                    .block(Duration.ofSeconds(30));
            for (SimulatedWorker w : sim.workers().list()) {
                sim.workers().submit(sim.workers().accept(w.id(), hitId));
            }
            // a fifth of the bodies trickle in, so that a cancel by time lands in the middle of a body
            sim.faults().slowPace(512, Duration.ofMillis(5)).slow(0.2);
            Random random = new Random(42);
            AtomicInteger byCount = new AtomicInteger();
            AtomicInteger byTime = new AtomicInteger();
            AtomicInteger records = new AtomicInteger();
            List<Mono<Long>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < harvests; i++) {
                Flux<?> harvest = client.getAllAssignments(hitId);
                if (random.nextBoolean()) {
                    byCount.incrementAndGet();
                    harvest = harvest.take(random.nextInt(151), true);
                } else {
                    byTime.incrementAndGet();
                    harvest = harvest.take(Duration.ofMillis(random.nextInt(60)));
                }
                runs.add(harvest.doOnNext(a -> records.incrementAndGet()).count());
            }
            Flux.fromIterable(runs).flatMap(m -> m, 8).then().block(Duration.ofMinutes(5));
            sim.faults().clear();
            long whole = client.getAllAssignments(hitId).count().block(Duration.ofSeconds(30));
            long leaked = harness.leakedBuffers();
            int connections = harness.acquiredConnections();
            long blocking = ClientHarness.clientBlockingCalls();
            Figures.record("cancellation", "harvests=" + harvests + " cancelledByCount=" + byCount + " cancelledByTime="
                    + byTime + " recordsBeforeCancel=" + records + " requests=" + harness.requests()
                    + " leakedBuffers=" + leaked + " acquiredConnections=" + connections + " blockingCalls=" + blocking
                    + " fullHarvestAfterwards=" + whole);
            assertEquals(0, leaked, "leaked buffers");
            assertEquals(0, connections, "connections never given back");
            assertEquals(0, blocking, "blocking calls: " + ClientHarness.BLOCKING_CALLS);
            assertEquals(150, whole, "the client still harvests everything afterwards");
        }
    }
}
