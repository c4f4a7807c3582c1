package mturk.reactive.core.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.internal.PercentEncoding;
import mturk.reactive.core.internal.SignatureV1;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.EventType;
import mturk.reactive.model.NotificationEvent;
import mturk.reactive.model.NotificationMessage;

/**
 * Parses and verifies the legacy REST notifications MTurk sent to a requester's URL:
 *
 * <pre>{@code
 * GET /notify?method=Notify&Signature=…&Timestamp=2006-05-23T23:22:30Z&Version=2006-05-05
 *     &Event.1.EventType=AssignmentAccepted&Event.1.EventTime=…&Event.1.HITTypeId=…&Event.1.HITId=…
 *     &Event.1.AssignmentId=…
 * }</pre>
 *
 * <p>The signature is {@code Base64(HMAC-SHA1(secret, "AWSMechanicalTurkRequesterNotification" + "Notify" +
 * Timestamp))}: it covers only the timestamp, so the verifier also refuses timestamps outside a window around its
 * clock to bound replays. Signatures are compared in constant time ({@link MessageDigest#isEqual}). Events are
 * sorted by {@code N} (boto2 kept dictionary order) and {@code EventTime} is parsed.
 *
 * <p>Pure and thread-safe: no I/O, safe on an event loop.
 */
public final class NotificationVerifier {

    /** The default accepted distance between the notification's timestamp and now: 15 minutes. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private static final Pattern EVENT = Pattern.compile("Event\\.(\\d+)\\.(\\w+)");

    private final String secretKey;
    private final Clock clock;
    private final Duration window;

    /**
     * @param credentials the requester's credentials; the secret key is the signing key
     * @param clock       gives "now" for the window check
     * @param window      largest accepted distance between {@code Timestamp} and now, either way
     */
    public NotificationVerifier(Credentials credentials, Clock clock, Duration window) {
        this.secretKey = Objects.requireNonNull(credentials, "credentials").secretAccessKey();
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must be >= 0, was " + window);
        }
        this.window = window;
    }

    /**
     * @param credentials the requester's credentials
     * @return a verifier with the system UTC clock and {@link #DEFAULT_WINDOW}
     */
    public static NotificationVerifier of(Credentials credentials) {
        return new NotificationVerifier(credentials, Clock.systemUTC(), DEFAULT_WINDOW);
    }

    /**
     * Parses the parameters without verifying anything.
     *
     * @param params the decoded query (or form) parameters, one value per name
     * @return the message, events sorted by {@code N}
     * @throws NotificationRejectedException ({@link NotificationRejectedException.Reason#MALFORMED}) if
     *                                       {@code method} is not {@code Notify}, {@code Timestamp} or {@code Signature}
     *                                       is missing, an event lacks {@code EventType}, or {@code EventTime} does not
     *                                       parse
     */
    public static NotificationMessage parse(Map<String, String> params) {
        Objects.requireNonNull(params, "params");
        String method = params.get("method");
        if (!NotificationMessage.OPERATION_NAME.equals(method)) {
            throw malformed("parameter method must be Notify, was " + method);
        }
        String timestamp = params.get("Timestamp");
        String signature = params.get("Signature");
        if (timestamp == null || timestamp.isEmpty()) {
            throw malformed("parameter Timestamp is missing");
        }
        if (signature == null || signature.isEmpty()) {
            throw malformed("parameter Signature is missing");
        }
        TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            Matcher m = EVENT.matcher(e.getKey());
            if (m.matches()) {
                int n;
                try {
                    n = Integer.parseInt(m.group(1));
                } catch (NumberFormatException ex) {
                    throw malformed("event index out of range in " + e.getKey());
                }
                byIndex.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(m.group(2), e.getValue());
            }
        }
        List<NotificationEvent> events = new ArrayList<>(byIndex.size());
        for (Map.Entry<Integer, Map<String, String>> e : byIndex.entrySet()) {
            events.add(event(e.getKey(), e.getValue()));
        }
        return new NotificationMessage(signature, timestamp, params.get("Version"), events);
    }

    private static NotificationEvent event(int n, Map<String, String> p) {
        String type = p.get("EventType");
        if (type == null || type.isEmpty()) {
            throw malformed("Event." + n + ".EventType is missing");
        }
        Instant time = null;
        String rawTime = p.get("EventTime");
        if (rawTime != null) {
            try {
                time = Values.instant("Event." + n + ".EventTime", rawTime);
            } catch (IllegalArgumentException ex) {
                throw malformed(ex.getMessage());
            }
        }
        return new NotificationEvent(EventType.fromWire(type), type, time, p.get("HITTypeId"), p.get("HITId"),
                p.get("AssignmentId"));
    }

    /**
     * Splits and decodes a raw query string ({@code a=b&c=d}, {@code +} and percent escapes decoded).
     *
     * @param rawQuery the query without {@code ?}
     * @return the parameters; for a repeated name the first value wins
     */
    public static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.decodeForm(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentEncoding.decodeForm(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    /**
     * @param message a parsed notification
     * @return whether its signature matches its timestamp under the secret key (constant-time comparison)
     */
    public boolean signatureMatches(NotificationMessage message) {
        if (message.signature() == null || message.timestamp() == null) {
            return false;
        }
        String expected = SignatureV1.hmacSha1Base64(secretKey, message.stringToSign());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                message.signature().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param message a parsed notification
     * @return whether its timestamp parses and lies within the window around the clock's now
     */
    public boolean timestampWithinWindow(NotificationMessage message) {
        Instant ts;
        try {
            ts = Values.instant("Timestamp", message.timestamp());
        } catch (RuntimeException e) {
            return false;
        }
        Duration distance = Duration.between(ts, clock.instant()).abs();
        return distance.compareTo(window) <= 0;
    }

    /**
     * Parses, then checks signature and timestamp window.
     *
     * @param params the decoded parameters
     * @return the verified message
     * @throws NotificationRejectedException saying whether it was malformed, forged or stale
     */
    public NotificationMessage verify(Map<String, String> params) {
        NotificationMessage message = parse(params);
        if (!signatureMatches(message)) {
            throw new NotificationRejectedException(NotificationRejectedException.Reason.BAD_SIGNATURE,
                    "notification signature does not match its Timestamp " + message.timestamp());
        }
        if (!timestampWithinWindow(message)) {
            throw new NotificationRejectedException(NotificationRejectedException.Reason.STALE,
                    "notification Timestamp " + message.timestamp() + " is more than " + window + " from now");
        }
        return message;
    }

    private static NotificationRejectedException malformed(String message) {
        return new NotificationRejectedException(NotificationRejectedException.Reason.MALFORMED, message);
    }
}
