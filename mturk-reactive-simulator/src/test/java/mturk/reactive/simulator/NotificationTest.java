package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** SetHITTypeNotification / SendTestEventNotification: signed REST GETs, recorded Email and SQS messages. */
class NotificationTest {
    MTurkSimulator sim;
    Wire wire;
    DisposableServer receiver;
    final Sinks.Many<Map<String, List<String>>> received = Sinks.many().replay().all();

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
        receiver = HttpServer.create().host("127.0.0.1").port(0).handle((req, res) -> {
            synchronized (received) {
                received.tryEmitNext(new QueryStringDecoder(req.uri()).parameters());
            }
            return res.status(200).send();
        }).bindNow();
    }

    @AfterEach
    void stop() {
        receiver.disposeNow();
        sim.close();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.port() + "/notify";
    }

    private static String one(Map<String, List<String>> q, String k) {
        List<String> v = q.get(k);
        return v == null ? null : v.get(0);
    }

    private String type() {
        return wire.call("RegisterHITType", "Title", "T", "Description", "D", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60").x("//HITTypeId");
    }

    @Test
    void testEventIsASignedRestGetWithPing() {
        assertTrue(wire.call("SendTestEventNotification", "Notification.1.Destination", url(),
                "Notification.1.Transport", "REST", "Notification.1.Version", "2006-05-05",
                "Notification.1.Active", "True", "TestEventType", "Ping").valid());
        Map<String, List<String>> q = received.asFlux().blockFirst(Duration.ofSeconds(10));
        assertEquals("Notify", one(q, "method"));
        assertEquals("2006-05-05", one(q, "Version"));
        assertEquals("Ping", one(q, "Event.1.EventType"));
        assertEquals(Wire.hmac(sim.secretKey(), "AWSMechanicalTurkRequesterNotification" + "Notify"
                + one(q, "Timestamp")), one(q, "Signature"));
    }

    @Test
    void subscribedAssignmentEventsAreDeliveredWithIds() {
        String type = type();
        assertTrue(wire.call("SetHITTypeNotification", "HITTypeId", type, "Notification.1.Destination", url(),
                "Notification.1.Transport", "REST", "Notification.1.Version", "2006-05-05",
                "Notification.1.EventType.1", "AssignmentSubmitted", "Notification.1.EventType.2", "HITReviewable",
                "Notification.1.Active", "True").valid());
        String hit = wire.call("CreateHIT", "HITTypeId", type, "LifetimeInSeconds", "600", "Question",
                Wire.FREE_TEXT_FORM).x("//HITId");
        String worker = sim.workers().list().get(0).id();
        String a = sim.workers().accept(worker, hit);
        sim.workers().submit(a);
        List<Map<String, List<String>>> events = received.asFlux().take(2).collectList().block(Duration.ofSeconds(10));
        Map<String, List<String>> submitted = events.stream()
                .filter(q -> "AssignmentSubmitted".equals(one(q, "Event.1.EventType"))).findFirst().orElseThrow();
        assertEquals(hit, one(submitted, "Event.1.HITId"));
        assertEquals(type, one(submitted, "Event.1.HITTypeId"));
        assertEquals(a, one(submitted, "Event.1.AssignmentId"));
        assertEquals("2020-01-01T00:00:00Z", one(submitted, "Event.1.EventTime"));
        Map<String, List<String>> reviewable = events.stream()
                .filter(q -> "HITReviewable".equals(one(q, "Event.1.EventType"))).findFirst().orElseThrow();
        assertNull(one(reviewable, "Event.1.AssignmentId"));
    }

    @Test
    void deactivatedSpecificationSendsNothing() {
        String type = type();
        wire.call("SetHITTypeNotification", "HITTypeId", type, "Notification.1.Destination", "me@example.com",
                "Notification.1.Transport", "Email", "Notification.1.Version", "2006-05-05",
                "Notification.1.EventType", "HITExpired");
        assertTrue(wire.call("SetHITTypeNotification", "HITTypeId", type, "Active", "false").valid());
        String hit = wire.call("CreateHIT", "HITTypeId", type, "LifetimeInSeconds", "60", "Question",
                Wire.FREE_TEXT_FORM).x("//HITId");
        sim.clock().advance(Duration.ofMinutes(2));
        assertEquals(List.of(), sim.notifications().byTransport("Email"));
        wire.call("SetHITTypeNotification", "HITTypeId", type, "Active", "true");
        wire.call("ExtendHIT", "HITId", hit, "ExpirationIncrementInSeconds", "3600");
        sim.clock().advance(Duration.ofHours(1));
        NotificationRecord email = sim.notifications().byTransport("Email").get(0);
        assertEquals("me@example.com", email.destination());
        assertEquals("HITExpired", email.events().get(0).eventType());
    }

    @Test
    void sqsNotificationIsRecordedAsJson() {
        String type = type();
        wire.call("SetHITTypeNotification", "HITTypeId", type, "Notification.1.Destination",
                "https://sqs.us-east-1.amazonaws.com/123456789012/queue", "Notification.1.Transport", "SQS",
                "Notification.1.Version", "2006-05-05", "Notification.1.EventType", "AssignmentAccepted");
        String hit = wire.call("CreateHIT", "HITTypeId", type, "LifetimeInSeconds", "60", "Question",
                Wire.FREE_TEXT_FORM).x("//HITId");
        sim.workers().accept(sim.workers().list().get(0).id(), hit);
        NotificationRecord sqs = sim.notifications().byTransport("SQS").get(0);
        assertTrue(sqs.body().startsWith("{\"EventDocVersion\":\"2006-05-05\""), sqs.body());
        assertTrue(sqs.body().contains("\"EventType\":\"AssignmentAccepted\""), sqs.body());
    }

    @Test
    void invalidDestinationAndEventTypeAreRefused() {
        String type = type();
        assertEquals("AWS.MechanicalTurk.InvalidTransportEndpoint", wire.call("SetHITTypeNotification", "HITTypeId",
                type, "Notification.1.Destination", "not-an-address", "Notification.1.Transport", "Email",
                "Notification.1.Version", "2006-05-05").errorCode());
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue", wire.call("SetHITTypeNotification", "HITTypeId",
                type, "Notification.1.Destination", url(), "Notification.1.Transport", "REST",
                "Notification.1.Version", "2006-05-05", "Notification.1.EventType.1", "Ping").errorCode());
    }

    @Test
    void notifyWorkersReachesOnlyWorkersWithDecidedWork() {
        String hit = wire.newHit();
        String worker = sim.workers().list().get(0).id();
        String a = sim.workers().accept(worker, hit);
        sim.workers().submit(a);
        wire.call("ApproveAssignment", "AssignmentId", a);
        Wire.Reply r = wire.call("NotifyWorkers", "Subject", "Hi", "MessageText", "Thanks", "WorkerId.1", worker,
                "WorkerId.2", "ASTRANGER000001");
        assertEquals("ASTRANGER000001", r.x("//NotifyWorkersFailureStatus/WorkerId"));
        assertEquals("HardFailure", r.x("//NotifyWorkersFailureStatus/NotifyWorkersFailureCode"));
        assertEquals(worker, sim.notifications().byTransport("WorkerMessage").get(0).destination());
    }
}
