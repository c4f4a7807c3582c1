package mturk.reactive.model.request;

import mturk.reactive.model.EventType;
import mturk.reactive.model.Limits;
import mturk.reactive.model.NotificationSpecification;

/**
 * The parameters of {@code SendTestEventNotification}: send one test event to a notification specification now.
 * Default test event type: {@code Ping} (boto2's).
 *
 * @param notification the specification to test; required
 * @param testEventType the event type to simulate; default {@code Ping}
 */
public record SendTestEventNotificationRequest(NotificationSpecification notification,
                                               EventType testEventType) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param notification the specification to test; required
     * @param testEventType the event type to simulate; default {@code Ping}
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public SendTestEventNotificationRequest {
        Limits.requireNonNull("notification", notification);
        testEventType = Limits.known("testEventType", RequestRules.orDefault(testEventType, EventType.PING));
    }
}
