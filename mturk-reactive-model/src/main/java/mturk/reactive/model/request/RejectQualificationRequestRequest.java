package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code RejectQualificationRequest}: refuse a worker's qualification request, optionally telling
 * the worker why.
 *
 * @param qualificationRequestId the request; required
 * @param reason the reason shown to the worker, or null (not sent)
 */
public record RejectQualificationRequestRequest(String qualificationRequestId,
                                                String reason) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationRequestId the request; required
     * @param reason the reason shown to the worker, or null (not sent)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public RejectQualificationRequestRequest {
        Limits.requireNonBlank("qualificationRequestId", qualificationRequestId);
    }
}
