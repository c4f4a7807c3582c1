package mturk.reactive.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.ChannelOption;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.core.RetryPolicy;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.core.testing.LoopbackServer;
import mturk.reactive.core.testing.LoopbackServer.Reply;
import mturk.reactive.core.testing.TestBuffers;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Price;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

@ExtendWith(LeakCheckExtension.class)
class MicrometerOperationMetricsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion
    static final Clock NOON = Clock.fixed(Instant.parse("2014-08-15T12:00:00Z"), ZoneOffset.UTC);
    static final AccountBalance BALANCE =
            new AccountBalance(new Price(new BigDecimal("15555.55"), "USD", "$15,555.55"), null);
    static final String NOT_AUTHORIZED = "<?xml version=\"1.0\"?>\n<GetAccountBalanceResponse><OperationRequest>"
            + "<RequestId>e1</RequestId><Errors><Error><Code>AWS.NotAuthorized</Code><Message>nope</Message></Error>"
            + "</Errors></OperationRequest></GetAccountBalanceResponse>";

    LoopbackServer server;
    ConnectionProvider pool;
    SimpleMeterRegistry registry;

    @BeforeEach
    void start() {
        server = LoopbackServer.start();
        pool = ConnectionProvider.builder("test").maxConnections(4).build();
        registry = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        pool.disposeLater().block(TIMEOUT);
        server.close();
    }

    MTurkClient.Builder client() {
        return MTurkClient.builder()
                .endpoint(server.endpoint())
                .credentials(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE"))
                .clock(NOON)
                .retryPolicy(RetryPolicy.NONE)
                .httpClient(HttpClient.create(pool).option(ChannelOption.ALLOCATOR, TestBuffers.ALLOCATOR))
                .metrics(MicrometerOperationMetrics.of(registry));
    }

    Timer timer(String outcome) {
        return registry.find(MicrometerOperationMetrics.REQUESTS)
                .tags("operation", "GetAccountBalance", "outcome", outcome).timer();
    }

    Counter retries() {
        return registry.find(MicrometerOperationMetrics.RETRIES).tags("operation", "GetAccountBalance").counter();
    }

    @Test
    void aSuccessfulCallRecordsOneSuccessTimingAndNoRetry() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        StepVerifier.create(client().build().getAccountBalance()).expectNext(BALANCE).expectComplete().verify(TIMEOUT);
        Timer t = timer("success");
        assertNotNull(t, "timer tagged success");
        assertEquals(1, t.count());
        assertEquals(1, registry.find(MicrometerOperationMetrics.REQUESTS).timers().size());
        assertNull(retries());
    }

    @Test
    void aThrottledThenSuccessfulCallRecordsSuccessAndOneRetry() {
        VirtualTimeScheduler vts = VirtualTimeScheduler.create();
        server.enqueue(Reply.throttle(), Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient c = client().retryPolicy(RetryPolicy.DEFAULT.withScheduler(vts)).build();
        StepVerifier.create(c.getAccountBalance())
                .then(() -> {
                    LoopbackServer.await(() -> server.requests().size() == 1, "the first attempt");
                    LoopbackServer.await(() -> vts.getScheduledTaskCount() > 0, "a backoff");
                    vts.advanceTimeBy(Duration.ofSeconds(10));
                })
                .expectNext(BALANCE)
                .expectComplete()
                .verify(TIMEOUT);
        assertEquals(1, timer("success").count());
        assertNull(timer(MTurkServiceException.SERVICE_UNAVAILABLE), "a retried attempt is not a call");
        assertEquals(1.0, retries().count());
    }

    @Test
    void aServiceErrorIsRecordedUnderItsCode() {
        server.enqueue(Reply.xml(NOT_AUTHORIZED));
        StepVerifier.create(client().build().getAccountBalance())
                .expectError(MTurkServiceException.class)
                .verify(TIMEOUT);
        assertEquals(1, timer("AWS.NotAuthorized").count());
        assertNull(timer("success"));
    }

    @Test
    void aCancelledCallIsRecordedAsCancelled() {
        server.enqueue((res, req) -> Mono.never());
        Disposable call = client().build().getAccountBalance().subscribe();
        LoopbackServer.await(() -> server.requests().size() == 1, "the request");
        call.dispose();
        Timer t = timer("cancelled");
        assertNotNull(t, "timer tagged cancelled");
        assertEquals(1, t.count());
    }

    @Test
    void withMetricsOffNothingIsRecordedAndTheCallIsUnchanged() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")), Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient measured = client().build();
        MTurkClient plain = measured.mutate().metrics(null).build();
        StepVerifier.create(plain.getAccountBalance()).expectNext(BALANCE).expectComplete().verify(TIMEOUT);
        assertTrue(registry.getMeters().isEmpty(), "meters: " + registry.getMeters());
        StepVerifier.create(measured.getAccountBalance()).expectNext(BALANCE).expectComplete().verify(TIMEOUT);
        assertEquals(server.requests().get(0).body(), server.requests().get(1).body());
    }

    @Test
    void aFailingMetricsSinkDoesNotChangeTheResult() {
        server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
        MTurkClient c = client().metrics((op, elapsed, outcome, attempts) -> {
            throw new IllegalStateException("sink down");
        }).build();
        StepVerifier.create(c.getAccountBalance()).expectNext(BALANCE).expectComplete().verify(TIMEOUT);
    }
}
