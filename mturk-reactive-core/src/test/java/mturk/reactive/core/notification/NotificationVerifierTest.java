package mturk.reactive.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.notification.NotificationRejectedException.Reason;
import mturk.reactive.model.EventType;
import mturk.reactive.model.NotificationMessage;
import org.junit.jupiter.api.Test;

class NotificationVerifierTest {

    // boto2-mturk.md §7: secret SECRETEXAMPLE, Timestamp 2006-05-23T23:22:30Z -> xBBVkYiiUBFrOG6d3Hj+I/oOnRA=
    static final String TIMESTAMP = "2006-05-23T23:22:30Z";
    static final String SIGNATURE = "xBBVkYiiUBFrOG6d3Hj+I/oOnRA=";
    static final Credentials KEYS = Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE");
    static final NotificationVerifier VERIFIER = new NotificationVerifier(KEYS,
            Clock.fixed(Instant.parse("2006-05-23T23:25:00Z"), ZoneOffset.UTC), Duration.ofMinutes(5));

    static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("method", "Notify");
        p.put("Signature", SIGNATURE);
        p.put("Timestamp", TIMESTAMP);
        p.put("Version", "2006-05-05");
        p.put("Event.2.EventType", "HITExpired");
        p.put("Event.2.EventTime", "2006-04-21T19:00:00Z");
        p.put("Event.2.HITTypeId", "T2");
        p.put("Event.2.HITId", "H2");
        p.put("Event.1.EventType", "AssignmentAccepted");
        p.put("Event.1.EventTime", "2006-04-21T18:55:23Z");
        p.put("Event.1.HITTypeId", "KDSFO4455LKDAF3");
        p.put("Event.1.HITId", "KDSFO4455LKDAF3");
        p.put("Event.1.AssignmentId", "KDSFO4455LKDAF3KDSFO4455LKDAF3");
        return p;
    }

    @Test
    void aValidNotificationIsParsedWithEventsInIndexOrder() {
        NotificationMessage m = VERIFIER.verify(params());
        assertEquals("2006-05-05", m.version());
        assertEquals(2, m.events().size());
        assertEquals(EventType.fromWire("AssignmentAccepted"), m.events().get(0).eventType());
        assertEquals(Instant.parse("2006-04-21T18:55:23Z"), m.events().get(0).eventTime());
        assertEquals("KDSFO4455LKDAF3KDSFO4455LKDAF3", m.events().get(0).assignmentId());
        assertEquals("H2", m.events().get(1).hitId());
        assertNull(m.events().get(1).assignmentId());
    }

    @Test
    void aForgedSignatureIsRejected() {
        Map<String, String> p = params();
        p.put("Signature", "AAAAkYiiUBFrOG6d3Hj+I/oOnRA=");
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(NotificationRejectedException.class,
                () -> VERIFIER.verify(p)).reason());
    }

    @Test
    void anAlteredTimestampNoLongerMatchesTheSignature() {
        Map<String, String> p = params();
        p.put("Timestamp", "2006-05-23T23:22:31Z");
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(NotificationRejectedException.class,
                () -> VERIFIER.verify(p)).reason());
    }

    @Test
    void aValidSignatureOutsideTheWindowIsStale() {
        NotificationVerifier later = new NotificationVerifier(KEYS,
                Clock.fixed(Instant.parse("2006-05-24T00:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(5));
        NotificationRejectedException e = assertThrows(NotificationRejectedException.class,
                () -> later.verify(params()));
        assertEquals(Reason.STALE, e.reason());
    }

    @Test
    void aMethodOtherThanNotifyIsMalformed() {
        Map<String, String> p = params();
        p.put("method", "Other");
        assertEquals(Reason.MALFORMED, assertThrows(NotificationRejectedException.class,
                () -> VERIFIER.verify(p)).reason());
    }

    @Test
    void anUnparseableEventTimeIsMalformed() {
        Map<String, String> p = params();
        p.put("Event.1.EventTime", "yesterday");
        assertEquals(Reason.MALFORMED, assertThrows(NotificationRejectedException.class,
                () -> NotificationVerifier.parse(p)).reason());
    }

    @Test
    void theSampleQueryStringOfTheDocsParses() {
        Map<String, String> p = NotificationVerifier.parseQuery("method=Notify&Signature=" + SIGNATURE.replace("+",
                "%2B") + "&Timestamp=2006-05-23T23%3A22%3A30Z&Version=2006-05-05&Event.1.EventType=AssignmentAccepted"
                + "&Event.1.EventTime=2006-04-21T18:55:23Z&Event.1.HITTypeId=KDSFO4455LKDAF3"
                + "&Event.1.HITId=KDSFO4455LKDAF3&Event.1.AssignmentId=KDSFO4455LKDAF3KDSFO4455LKDAF3");
        assertEquals(List.of("AssignmentAccepted"), VERIFIER.verify(p).events().stream()
                .map(e -> e.eventTypeWire()).toList());
    }

    @Test
    void theRejectionNeverShowsTheSecret() {
        Map<String, String> p = params();
        p.put("Signature", "bad");
        NotificationRejectedException e = assertThrows(NotificationRejectedException.class, () -> VERIFIER.verify(p));
        assertEquals(false, e.getMessage().contains("SECRETEXAMPLE"));
    }
}
