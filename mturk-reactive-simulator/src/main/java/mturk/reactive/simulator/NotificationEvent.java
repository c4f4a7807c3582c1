package mturk.reactive.simulator;

import java.time.Instant;

/**
 * One event of a notification message.
 *
 * @param eventType e.g. {@code AssignmentSubmitted}
 * @param eventTime when it happened (simulated time)
 * @param hitTypeId the HIT type
 * @param hitId the HIT
 * @param assignmentId the assignment, or null for HIT events
 */
public record NotificationEvent(String eventType, Instant eventTime, String hitTypeId, String hitId,
                                String assignmentId) {
}
