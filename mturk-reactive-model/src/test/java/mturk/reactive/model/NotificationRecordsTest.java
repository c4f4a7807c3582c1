package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class NotificationRecordsTest {

    private static String hmacSha1(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stringToSignGivesBoto2sGoldenSignature() throws Exception {
        NotificationMessage message = new NotificationMessage("xBBVkYiiUBFrOG6d3Hj+I/oOnRA=", "2006-05-23T23:22:30Z",
                "2006-05-05", List.of());

        assertEquals("AWSMechanicalTurkRequesterNotificationNotify2006-05-23T23:22:30Z", message.stringToSign());
        assertEquals(message.signature(), hmacSha1("SECRETEXAMPLE", message.stringToSign()));
    }

    @Test
    void aMessageWithoutTimestampHasNothingToSign() {
        NotificationMessage message = new NotificationMessage("DEPRECATED", null, "2006-05-05", null);

        assertThrows(IllegalStateException.class, message::stringToSign);
        assertEquals(List.of(), message.events());
    }

    @Test
    void eventsAreCopied() {
        List<NotificationEvent> events = new ArrayList<>();
        events.add(NotificationEvent.of(EventType.HIT_EXPIRED, Instant.EPOCH, "T", "H", null));
        NotificationMessage message = new NotificationMessage(null, "t", null, events);
        events.clear();

        assertEquals(1, message.events().size());
    }

    @Test
    void hitEventsHaveNoAssignment() {
        NotificationEvent event = NotificationEvent.of(EventType.HIT_REVIEWABLE, Instant.EPOCH, "T", "H", null);

        assertEquals("HITReviewable", event.eventTypeWire());
        assertNull(event.assignmentId());
    }

    @Test
    void anEventNeedsAType() {
        assertThrows(IllegalArgumentException.class, () -> new NotificationEvent(null, null, Instant.EPOCH, "T",
                "H", null));
    }

    @Test
    void sqsDocumentKeepsItsBatchIdAndEvents() {
        NotificationEvent event = NotificationEvent.of(EventType.ASSIGNMENT_SUBMITTED, Instant.EPOCH, "T", "H", "A");
        SqsEventDocument document = new SqsEventDocument("2006-05-05", "doc-1", "A1CUSTOMER", List.of(event));

        assertEquals("doc-1", document.eventDocId());
        assertEquals(List.of(event), document.events());
    }
}
