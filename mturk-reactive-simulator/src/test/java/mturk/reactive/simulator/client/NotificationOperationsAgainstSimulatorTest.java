package mturk.reactive.simulator.client;

import static mturk.reactive.simulator.client.Scenarios.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.notification.NotificationVerifier;
import mturk.reactive.model.EventType;
import mturk.reactive.model.Hit;
import mturk.reactive.model.NotificationEvent;
import mturk.reactive.model.NotificationMessage;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.junit.MTurkSimulatorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The core client's notification operations: the simulator calls a loopback REST receiver the test runs. */
@MTurkSimulatorTest(seed = 14, workers = 3)
class NotificationOperationsAgainstSimulatorTest {
    private HttpServer receiver;
    private final BlockingQueue<String> queries = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/mturk";
    }

    private NotificationMessage received(MTurkSimulator sim) throws InterruptedException {
        String query = queries.poll(10, TimeUnit.SECONDS);
        assertNotNull(query, "no notification arrived within 10 s");
        return NotificationVerifier.of(Credentials.of(sim.accessKey(), sim.secretKey()))
                .verify(NotificationVerifier.parseQuery(query));
    }

    @Test
    void sendTestEventNotificationDeliversASignedPingToTheReceiver(MTurkClient client, MTurkSimulator sim)
            throws InterruptedException {
        StepVerifier.create(client.sendTestEventNotification(url(), EventType.PING, EventType.ASSIGNMENT_SUBMITTED))
                .verifyComplete();
        NotificationMessage message = received(sim);
        assertEquals(1, message.events().size());
        assertEquals(EventType.PING, message.events().get(0).eventType());
    }

    @Test
    void sendTestEventNotificationSimulatesTheRequestedEventType(MTurkClient client, MTurkSimulator sim)
            throws InterruptedException {
        StepVerifier.create(client.sendTestEventNotification(url(), EventType.HIT_EXPIRED, EventType.HIT_EXPIRED))
                .verifyComplete();
        assertEquals(EventType.HIT_EXPIRED, received(sim).events().get(0).eventType());
    }

    @Test
    void setRestNotificationMakesASubmissionNotifyTheReceiverWithTheHitAndAssignment(MTurkClient client,
            MTurkSimulator sim, SimulatedWorkers workers) throws InterruptedException {
        Hit hit = Scenarios.newHit(client, "Notified on submit", 1);
        StepVerifier.create(client.setRestNotification(hit.hitTypeId(), url(), EventType.ASSIGNMENT_SUBMITTED))
                .verifyComplete();
        String assignmentId = submitted(workers, 0, hit.hitId(), "notify me");
        List<NotificationEvent> events = received(sim).events();
        assertEquals(1, events.size());
        NotificationEvent event = events.get(0);
        assertEquals(EventType.ASSIGNMENT_SUBMITTED, event.eventType());
        assertEquals(hit.hitTypeId(), event.hitTypeId());
        assertEquals(hit.hitId(), event.hitId());
        assertEquals(assignmentId, event.assignmentId());
        StepVerifier.create(sim.notifications().stream()
                        .filter(r -> r.events().stream().anyMatch(e -> assignmentId.equals(e.assignmentId())))
                        .next())
                .assertNext(record -> {
                    assertEquals("REST", record.transport());
                    assertEquals(url(), record.destination());
                })
                .expectComplete()
                .verify(java.time.Duration.ofSeconds(10));
    }

    @Test
    void setEmailNotificationRecordsAnEmailForTheSubscribedEvent(MTurkClient client, MTurkSimulator sim,
                                                                 SimulatedWorkers workers) {
        Hit hit = Scenarios.newHit(client, "Mailed on submit", 1);
        StepVerifier.create(client.setEmailNotification(hit.hitTypeId(), "requester@example.com",
                        EventType.ASSIGNMENT_SUBMITTED))
                .verifyComplete();
        String assignmentId = submitted(workers, 1, hit.hitId(), "mail me");
        StepVerifier.create(sim.notifications().stream()
                        .filter(r -> r.events().stream().anyMatch(e -> assignmentId.equals(e.assignmentId())))
                        .next())
                .assertNext(record -> {
                    assertEquals("Email", record.transport());
                    assertEquals("requester@example.com", record.destination());
                })
                .expectComplete()
                .verify(java.time.Duration.ofSeconds(10));
    }

    @Test
    void setSqsNotificationRecordsAQueueMessageForTheSubscribedEvent(MTurkClient client, MTurkSimulator sim,
                                                                     SimulatedWorkers workers) {
        Hit hit = Scenarios.newHit(client, "Queued on submit", 1);
        String queue = "https://queue.amazonaws.com/123456789012/mturk-events";
        StepVerifier.create(client.setSqsNotification(hit.hitTypeId(), queue, EventType.ASSIGNMENT_SUBMITTED))
                .verifyComplete();
        String assignmentId = submitted(workers, 2, hit.hitId(), "queue me");
        StepVerifier.create(sim.notifications().stream()
                        .filter(r -> r.events().stream().anyMatch(e -> assignmentId.equals(e.assignmentId())))
                        .next())
                .assertNext(record -> {
                    assertEquals("SQS", record.transport());
                    assertEquals(queue, record.destination());
                })
                .expectComplete()
                .verify(java.time.Duration.ofSeconds(10));
    }
}
