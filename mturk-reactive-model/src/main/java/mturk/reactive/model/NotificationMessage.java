package mturk.reactive.model;

import java.util.List;

/**
 * A REST notification the service sent to the requester's URL (boto2's {@code NotificationMessage}): the signed
 * envelope and its events, sorted by their index {@code N}. Only the record lives here; parsing the query
 * parameters and verifying the signature live in core. The timestamp is kept as the exact string received because
 * the signature covers that string.
 *
 * @param signature the {@code Signature} parameter ({@code DEPRECATED} since 2012); nullable
 * @param timestamp the {@code Timestamp} parameter exactly as received; nullable
 * @param version   the {@code Version} parameter, e.g. {@code 2006-05-05}; nullable
 * @param events    the events in order of {@code N}; copied, never null
 */
public record NotificationMessage(String signature, String timestamp, String version, List<NotificationEvent> events) {

    /** The service name covered by the signature. */
    public static final String SERVICE_NAME = "AWSMechanicalTurkRequesterNotification";
    /** The operation name covered by the signature and sent as {@code method}. */
    public static final String OPERATION_NAME = "Notify";

    /**
     * Copies the events.
     *
     * @param signature the {@code Signature} parameter ({@code DEPRECATED} since 2012); nullable
     * @param timestamp the {@code Timestamp} parameter exactly as received; nullable
     * @param version   the {@code Version} parameter, e.g. {@code 2006-05-05}; nullable
     * @param events    the events in order of {@code N}; copied, never null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public NotificationMessage {
        events = List.copyOf(Limits.noNullElements("events", events == null ? List.of() : events));
    }

    /**
     * The string the signature is computed over: {@code AWSMechanicalTurkRequesterNotification} + {@code Notify}
     * + timestamp.
     *
     * @return the string to sign
     * @throws IllegalStateException if the message has no timestamp
     */
    public String stringToSign() {
        if (timestamp == null) {
            throw new IllegalStateException("the notification has no Timestamp");
        }
        return SERVICE_NAME + OPERATION_NAME + timestamp;
    }
}
