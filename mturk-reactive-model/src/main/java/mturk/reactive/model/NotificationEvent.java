package mturk.reactive.model;

import java.time.Instant;

/**
 * One event of a notification ({@code Event.N.*} of a REST notification, an entry of {@code Events} of an SQS
 * message): boto2's {@code Event}. Only the record lives here; parsing and signature verification live in core.
 *
 * @param eventType the event type ({@code EventType}); filled from {@code eventTypeWire} when null
 * @param eventTypeWire the exact wire string of {@code eventType}; filled from {@code eventType} when null
 * @param eventTime when the event happened ({@code EventTime}, or {@code EventTimestamp} over SQS); nullable
 * @param hitTypeId the HIT type; nullable
 * @param hitId the HIT; nullable
 * @param assignmentId the assignment; null for HIT events such as {@code HITExpired}
 */
public record NotificationEvent(EventType eventType,
                                String eventTypeWire,
                                Instant eventTime,
                                String hitTypeId,
                                String hitId,
                                String assignmentId) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param eventType the event type ({@code EventType}); filled from {@code eventTypeWire} when null
     * @param eventTypeWire the exact wire string of {@code eventType}; filled from {@code eventType} when null
     * @param eventTime when the event happened ({@code EventTime}, or {@code EventTimestamp} over SQS); nullable
     * @param hitTypeId the HIT type; nullable
     * @param hitId the HIT; nullable
     * @param assignmentId the assignment; null for HIT events such as {@code HITExpired}
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public NotificationEvent {
        eventType = WireEnums.resolve(eventType, eventTypeWire, EventType::fromWire);
        eventTypeWire = WireEnums.wire("eventType", eventType, eventTypeWire, EventType::fromWire);
        Limits.requireNonNull("eventType", eventType);
    }

    /**
     * An event of a known type.
     *
     * @param eventType    the type; not {@code UNKNOWN}
     * @param eventTime    when it happened
     * @param hitTypeId    the HIT type
     * @param hitId        the HIT
     * @param assignmentId the assignment, or null
     * @return the event
     */
    public static NotificationEvent of(EventType eventType, Instant eventTime, String hitTypeId, String hitId,
                                       String assignmentId) {
        return new NotificationEvent(eventType, null, eventTime, hitTypeId, hitId, assignmentId);
    }
}
