package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code GetFileUploadURL}: a temporary URL of the file a worker uploaded as the answer to one
 * question.
 *
 * @param assignmentId the assignment; required
 * @param questionIdentifier the {@code FileUploadAnswer} question; required
 */
public record GetFileUploadUrlRequest(String assignmentId,
                                      String questionIdentifier) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param assignmentId the assignment; required
     * @param questionIdentifier the {@code FileUploadAnswer} question; required
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetFileUploadUrlRequest {
        Limits.requireNonBlank("assignmentId", assignmentId);
        Limits.requireNonBlank("questionIdentifier", questionIdentifier);
    }
}
