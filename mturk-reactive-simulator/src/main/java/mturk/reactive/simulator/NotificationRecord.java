package mturk.reactive.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A notification the simulator sent (REST: an HTTP GET it made) or recorded (Email, SQS, SOAP), or a message to
 * workers from NotifyWorkers (transport {@code WorkerMessage}).
 *
 * @param transport {@code REST}, {@code SOAP}, {@code Email}, {@code SQS} or {@code WorkerMessage}
 * @param destination URL, e-mail address, queue URL, or worker id
 * @param events the events carried
 * @param body the REST query string, the SQS JSON body, the e-mail text, or the worker message
 * @param sentAt wall-clock time of sending
 * @param httpStatus REST delivery status, 0 when not delivered over HTTP or when it failed
 * @param error the delivery failure, or null
 */
public record NotificationRecord(String transport, String destination, List<NotificationEvent> events, String body,
                                 Instant sentAt, int httpStatus, String error) {
    /** Defensive copy of the events. */
    public NotificationRecord {
        events = List.copyOf(events);
    }
}
