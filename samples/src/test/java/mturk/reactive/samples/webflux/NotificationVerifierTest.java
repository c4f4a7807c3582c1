package mturk.reactive.samples.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import mturk.reactive.model.EventType;
import mturk.reactive.model.NotificationMessage;
import org.junit.jupiter.api.Test;

class NotificationVerifierTest {

    // The documented vector: secret SECRETEXAMPLE, Timestamp 2006-05-23T23:22:30Z.
    private static final String SIGNATURE = "xBBVkYiiUBFrOG6d3Hj+I/oOnRA=";
    private static final String TIMESTAMP = "2006-05-23T23:22:30Z";

    private final NotificationVerifier verifier = new NotificationVerifier("SECRETEXAMPLE", Duration.ofMinutes(15),
            Clock.fixed(Instant.parse(TIMESTAMP).plusSeconds(60), ZoneOffset.UTC));

    private static Map<String, String> params(String signature, String timestamp) {
        Map<String, String> p = new HashMap<>();
        p.put("method", "Notify");
        p.put("Signature", signature);
        p.put("Timestamp", timestamp);
        p.put("Version", "2006-05-05");
        p.put("Event.2.EventType", "HITExpired");
        p.put("Event.2.EventTime", "2006-05-23T23:20:00Z");
        p.put("Event.2.HITTypeId", "T1");
        p.put("Event.2.HITId", "H2");
        p.put("Event.1.EventType", "AssignmentSubmitted");
        p.put("Event.1.EventTime", "2006-05-23T23:19:00Z");
        p.put("Event.1.HITTypeId", "T1");
        p.put("Event.1.HITId", "H1");
        p.put("Event.1.AssignmentId", "A1");
        return p;
    }

    @Test
    void aCorrectlySignedFreshNotificationGivesItsEventsInOrder() {
        NotificationMessage m = verifier.verify(params(SIGNATURE, TIMESTAMP));
        assertEquals(2, m.events().size());
        assertEquals(EventType.ASSIGNMENT_SUBMITTED, m.events().get(0).eventType());
        assertEquals("A1", m.events().get(0).assignmentId());
        assertEquals(EventType.HIT_EXPIRED, m.events().get(1).eventType());
        assertEquals(null, m.events().get(1).assignmentId());
    }

    @Test
    void aWrongSignatureIsRefused() {
        NotificationVerifier.InvalidNotificationException e = assertThrows(
                NotificationVerifier.InvalidNotificationException.class,
                () -> verifier.verify(params("xBBVkYiiUBFrOG6d3Hj+I/oOnRB=", TIMESTAMP)));
        assertEquals("the signature does not match", e.getMessage());
    }

    @Test
    void aSignatureForAnotherTimestampIsRefused() {
        assertThrows(NotificationVerifier.InvalidNotificationException.class,
                () -> verifier.verify(params(SIGNATURE, "2006-05-23T23:22:31Z")));
    }

    @Test
    void aStaleNotificationIsRefusedEvenWithAValidSignature() {
        NotificationVerifier late = new NotificationVerifier("SECRETEXAMPLE", Duration.ofMinutes(15),
                Clock.fixed(Instant.parse(TIMESTAMP).plus(Duration.ofHours(1)), ZoneOffset.UTC));
        NotificationVerifier.InvalidNotificationException e = assertThrows(
                NotificationVerifier.InvalidNotificationException.class,
                () -> late.verify(params(SIGNATURE, TIMESTAMP)));
        assertTrue(e.getMessage().contains("3600 s away from now"), e.getMessage());
    }

    @Test
    void anotherMethodIsRefused() {
        Map<String, String> p = params(SIGNATURE, TIMESTAMP);
        p.put("method", "Other");
        assertThrows(NotificationVerifier.InvalidNotificationException.class, () -> verifier.verify(p));
    }
}
