package mturk.reactive.model.request;

import mturk.reactive.model.EventType;
import mturk.reactive.model.Limits;
import mturk.reactive.model.NotificationSpecification;

/**
 * The parameters of {@code SetHITTypeNotification}: replace the notification specification of a HIT type, or turn it
 * on or off. {@code active} is the documented top-level {@code Active} parameter (boto2 nests it in the
 * specification). At least one of {@code notification} and {@code active} must be set; {@code Ping} events are only
 * for {@code SendTestEventNotification}.
 *
 * @param hitTypeId the HIT type; required
 * @param notification the new specification, or null to keep the current one
 * @param active turns the notification on or off ({@code Active}), or null to leave it
 */
public record SetHitTypeNotificationRequest(String hitTypeId,
                                            NotificationSpecification notification,
                                            Boolean active) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitTypeId the HIT type; required
     * @param notification the new specification, or null to keep the current one
     * @param active turns the notification on or off ({@code Active}), or null to leave it
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public SetHitTypeNotificationRequest {
        Limits.requireNonBlank("hitTypeId", hitTypeId);
        if (notification == null && active == null) {
            throw new IllegalArgumentException("at least one of notification and active must be set, was neither");
        }
        if (notification != null && notification.eventTypes().contains(EventType.PING)) {
            throw new IllegalArgumentException("notification eventTypes must not contain Ping, which only"
                    + " SendTestEventNotification accepts, was " + notification.eventTypes());
        }
    }
}
