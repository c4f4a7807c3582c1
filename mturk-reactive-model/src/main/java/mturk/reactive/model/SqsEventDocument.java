package mturk.reactive.model;

import java.util.List;

/**
 * The JSON body of a notification delivered over the SQS transport: a batch of events, delivered at least once and
 * in no particular order ({@code eventDocId} identifies a batch for de-duplication). Only the record lives here;
 * parsing lives in core. Note that SQS spells the event time {@code EventTimestamp} where REST says
 * {@code EventTime}; both end up in {@link NotificationEvent#eventTime()}.
 *
 * @param eventDocVersion the notification schema version, e.g. {@code 2006-05-05}; nullable
 * @param eventDocId      the batch id, to drop duplicate deliveries; nullable
 * @param customerId      the requester's customer id; nullable
 * @param events          the events in document order; copied, never null
 */
public record SqsEventDocument(String eventDocVersion, String eventDocId, String customerId,
                               List<NotificationEvent> events) {

    /**
     * Copies the events.
     *
     * @param eventDocVersion the notification schema version; nullable
     * @param eventDocId      the batch id; nullable
     * @param customerId      the requester's customer id; nullable
     * @param events          the events; null means none
     * @throws IllegalArgumentException if an event is null
     */
    public SqsEventDocument {
        events = List.copyOf(Limits.noNullElements("events", events == null ? List.of() : events));
    }
}
