package mturk.reactive.samples.webflux;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mturk.reactive.model.NotificationEvent;
import mturk.reactive.model.NotificationMessage;

/**
 * Checks a REST notification ({@code method=Notify&Signature=…&Timestamp=…&Event.N.…}) before anything acts on it:
 * the signature must be {@code Base64(HMAC-SHA1(secret, "AWSMechanicalTurkRequesterNotification" + "Notify" +
 * Timestamp))}, compared in constant time, and the timestamp must be within {@code maxAge} of now (the signature
 * covers only the timestamp, so freshness is what stops a replay). Events are returned in N order.
 */
public final class NotificationVerifier {

    private static final Pattern EVENT = Pattern.compile("Event\\.(\\d+)\\.(\\w+)");

    private final byte[] key;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param secretKey the requester's secret key
     * @param maxAge    how far the timestamp may be from now, either way
     * @param clock     the clock
     */
    public NotificationVerifier(String secretKey, Duration maxAge, Clock clock) {
        this.key = Objects.requireNonNull(secretKey, "secretKey").getBytes(StandardCharsets.UTF_8);
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies and parses the query parameters of a notification.
     *
     * @throws InvalidNotificationException naming what is wrong (method, signature, timestamp, events)
     */
    public NotificationMessage verify(Map<String, String> params) {
        if (!"Notify".equals(params.get("method"))) {
            throw new InvalidNotificationException("method must be Notify, was " + params.get("method"));
        }
        String signature = params.get("Signature");
        String timestamp = params.get("Timestamp");
        if (signature == null || timestamp == null) {
            throw new InvalidNotificationException("Signature and Timestamp are required");
        }
        byte[] expected = sign(NotificationMessage.SERVICE_NAME + NotificationMessage.OPERATION_NAME + timestamp);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidNotificationException("the signature does not match");
        }
        Instant time;
        try {
            time = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new InvalidNotificationException("Timestamp '" + timestamp + "' is not an ISO-8601 instant");
        }
        Duration age = Duration.between(time, clock.instant()).abs();
        if (age.compareTo(maxAge) > 0) {
            throw new InvalidNotificationException("Timestamp " + timestamp + " is " + age.toSeconds()
                    + " s away from now; at most " + maxAge.toSeconds() + " s is accepted");
        }
        return new NotificationMessage(signature, timestamp, params.get("Version"), events(params));
    }

    private static List<NotificationEvent> events(Map<String, String> params) {
        Map<Integer, Map<String, String>> byNumber = new TreeMap<>();
        params.forEach((name, value) -> {
            Matcher m = EVENT.matcher(name);
            if (m.matches()) {
                byNumber.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new TreeMap<>()).put(m.group(2), value);
            }
        });
        List<NotificationEvent> events = new ArrayList<>();
        byNumber.forEach((n, fields) -> {
            try {
                String time = fields.get("EventTime");
                events.add(new NotificationEvent(null, fields.get("EventType"),
                        time == null ? null : Instant.parse(time), fields.get("HITTypeId"), fields.get("HITId"),
                        fields.get("AssignmentId")));
            } catch (RuntimeException e) {
                throw new InvalidNotificationException("Event." + n + " is malformed: " + e.getMessage());
            }
        });
        return events;
    }

    private byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return Base64.getEncoder().encode(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }

    /** A notification that failed verification; the service answers 403 and does nothing. */
    public static final class InvalidNotificationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidNotificationException(String message) {
            super(message);
        }
    }
}
