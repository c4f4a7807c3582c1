package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code RevokeQualification}. Unlike boto2, a missing reason is not sent as the string
 * {@code None}.
 *
 * @param subjectId the worker; required
 * @param qualificationTypeId the type; required
 * @param reason the reason shown to the worker, or null (not sent)
 */
public record RevokeQualificationRequest(String subjectId,
                                         String qualificationTypeId,
                                         String reason) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param subjectId the worker; required
     * @param qualificationTypeId the type; required
     * @param reason the reason shown to the worker, or null (not sent)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public RevokeQualificationRequest {
        Limits.requireNonBlank("subjectId", subjectId);
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
    }
}
