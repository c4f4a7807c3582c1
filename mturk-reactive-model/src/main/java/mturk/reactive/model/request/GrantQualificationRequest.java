package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code GrantQualification}: grant a worker's qualification request. Default value: 1 (boto2's and
 * the service's).
 *
 * @param qualificationRequestId the request; required
 * @param integerValue the value granted; default 1
 */
public record GrantQualificationRequest(String qualificationRequestId,
                                        Integer integerValue) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationRequestId the request; required
     * @param integerValue the value granted; default 1
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GrantQualificationRequest {
        Limits.requireNonBlank("qualificationRequestId", qualificationRequestId);
        integerValue = RequestRules.orDefault(integerValue, 1);
    }
}
