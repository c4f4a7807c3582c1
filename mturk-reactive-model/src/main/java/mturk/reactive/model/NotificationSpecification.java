package mturk.reactive.model;

import java.util.List;

/**
 * Where and for which events the service sends notifications about a HIT type (the {@code Notification} parameter of
 * {@code SetHITTypeNotification} and {@code SendTestEventNotification}). A request-side value: every enum must be
 * known. Whether the notification is active is a separate top-level parameter of {@code SetHITTypeNotification}
 * (boto2 wrongly nests it here).
 *
 * @param destination the e-mail address (Email), queue URL (SQS) or URL (REST/SOAP); not blank
 * @param transport   the transport; not null nor {@code UNKNOWN}
 * @param version     the notification schema version; {@link #VERSION} by default
 * @param eventTypes  the events to notify about; copied, not null, no {@code UNKNOWN}
 */
public record NotificationSpecification(String destination, NotificationTransport transport, String version,
                                        List<EventType> eventTypes) {

    /** The notification schema version boto2 and the 2014-08-15 service use. */
    public static final String VERSION = "2006-05-05";

    /**
     * Validates the components and defaults the version.
     *
     * @param destination the e-mail address (Email), queue URL (SQS) or URL (REST/SOAP); not blank
     * @param transport   the transport; not null nor {@code UNKNOWN}
     * @param version     the notification schema version; {@link #VERSION} by default
     * @param eventTypes  the events to notify about; copied, not null, no {@code UNKNOWN}
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public NotificationSpecification {
        Limits.requireNonBlank("destination", destination);
        Limits.known("transport", Limits.requireNonNull("transport", transport));
        version = version == null ? VERSION : Limits.requireNonBlank("version", version);
        eventTypes = List.copyOf(Limits.noNullElements("eventTypes", eventTypes));
        for (EventType eventType : eventTypes) {
            Limits.known("eventTypes", eventType);
        }
    }

    /**
     * A specification with the default version.
     *
     * @param transport   the transport
     * @param destination the destination
     * @param eventTypes  the events
     * @return the specification
     */
    public static NotificationSpecification of(NotificationTransport transport, String destination,
                                               EventType... eventTypes) {
        return new NotificationSpecification(destination, transport, VERSION, List.of(eventTypes));
    }
}
