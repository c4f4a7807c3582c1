package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code ApproveAssignment}, {@code RejectAssignment} and {@code ApproveRejectedAssignment}: an
 * assignment and optional feedback for the worker. Feedback is at most 1024 characters and must not contain the ASCII
 * control characters 0-8, 11, 12 or 14-31 (the service answers {@code InvalidParameterValue}).
 *
 * @param assignmentId the assignment; required
 * @param requesterFeedback the feedback shown to the worker, or null (not sent)
 */
public record AssignmentDecisionRequest(String assignmentId,
                                        String requesterFeedback) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param assignmentId the assignment; required
     * @param requesterFeedback the feedback shown to the worker, or null (not sent)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public AssignmentDecisionRequest {
        Limits.requireNonBlank("assignmentId", assignmentId);
        Limits.maxLength("requesterFeedback", requesterFeedback, Limits.REQUESTER_FEEDBACK_MAX);
        Limits.noControlCharacters("requesterFeedback", requesterFeedback);
    }
}
