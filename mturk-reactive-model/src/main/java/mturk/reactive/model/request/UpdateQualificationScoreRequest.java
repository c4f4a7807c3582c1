package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code UpdateQualificationScore}: change the value of a qualification a worker already holds
 * (the value is required per the documentation).
 *
 * @param qualificationTypeId the type; required
 * @param subjectId the worker; required
 * @param integerValue the new value
 */
public record UpdateQualificationScoreRequest(String qualificationTypeId,
                                              String subjectId,
                                              int integerValue) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId the type; required
     * @param subjectId the worker; required
     * @param integerValue the new value
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public UpdateQualificationScoreRequest {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        Limits.requireNonBlank("subjectId", subjectId);
    }
}
