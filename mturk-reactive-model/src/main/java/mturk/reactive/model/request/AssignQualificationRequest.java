package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code AssignQualification}: give a worker one of the requester's qualifications without a
 * request. Defaults (boto2's and the service's): value 1, notify the worker.
 *
 * @param qualificationTypeId the requester's own type; required
 * @param workerId the worker; required
 * @param integerValue the value; default 1
 * @param sendNotification whether the worker gets an e-mail; default true
 */
public record AssignQualificationRequest(String qualificationTypeId,
                                         String workerId,
                                         Integer integerValue,
                                         Boolean sendNotification) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId the requester's own type; required
     * @param workerId the worker; required
     * @param integerValue the value; default 1
     * @param sendNotification whether the worker gets an e-mail; default true
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public AssignQualificationRequest {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        Limits.requireNonBlank("workerId", workerId);
        integerValue = RequestRules.orDefault(integerValue, 1);
        sendNotification = RequestRules.orDefault(sendNotification, Boolean.TRUE);
    }

    /**
     * An assignment with the defaults (value 1, notify the worker).
     *
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @return the request
     */
    public static AssignQualificationRequest of(String qualificationTypeId, String workerId) {
        return new AssignQualificationRequest(qualificationTypeId, workerId, null, null);
    }
}
