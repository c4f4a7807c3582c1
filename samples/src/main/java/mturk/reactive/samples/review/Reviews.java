package mturk.reactive.samples.review;

import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.model.AssignmentStatus;
import reactor.core.publisher.Mono;

/**
 * Approve and reject that are safe to retry. The client sends these only once (a state change without a request
 * token); these helpers add what makes a retry safe: a failed attempt is retried after a backoff, and when the
 * service answers a retry with {@code AWS.MechanicalTurk.InvalidAssignmentState} (the first attempt went through
 * before the connection dropped) the assignment is looked up, and the call counts as done when the assignment already
 * has the wanted status.
 */
public final class Reviews {

    /** The error code of a review on an assignment in the wrong state. */
    public static final String INVALID_ASSIGNMENT_STATE = "AWS.MechanicalTurk.InvalidAssignmentState";

    private Reviews() {
    }

    /** Approves {@code assignmentId}; completes when it is approved, by this call or an earlier one. */
    public static Mono<Void> approve(MTurkClient client, String assignmentId, String feedback) {
        return Mono.defer(() -> client.approveAssignment(assignmentId, feedback))
                .retryWhen(Retries.TRANSIENT)
                .onErrorResume(e -> alreadyIn(client, e, assignmentId, AssignmentStatus.APPROVED));
    }

    /** Rejects {@code assignmentId}; completes when it is rejected, by this call or an earlier one. */
    public static Mono<Void> reject(MTurkClient client, String assignmentId, String feedback) {
        return Mono.defer(() -> client.rejectAssignment(assignmentId, feedback))
                .retryWhen(Retries.TRANSIENT)
                .onErrorResume(e -> alreadyIn(client, e, assignmentId, AssignmentStatus.REJECTED));
    }

    private static Mono<Void> alreadyIn(MTurkClient client, Throwable error, String assignmentId,
                                        AssignmentStatus wanted) {
        if (!(error instanceof MTurkServiceException)
                || ((MTurkServiceException) error).findError(INVALID_ASSIGNMENT_STATE).isEmpty()) {
            return Mono.error(error);
        }
        return Mono.defer(() -> client.getAssignment(assignmentId))
                .retryWhen(Retries.TRANSIENT)
                .map(found -> found.assignment().assignmentStatus())
                .flatMap(status -> status == wanted ? Mono.<Void>empty() : Mono.error(error));
    }
}
