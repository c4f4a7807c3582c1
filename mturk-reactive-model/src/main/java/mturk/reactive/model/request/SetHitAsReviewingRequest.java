package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code SetHITAsReviewing}: move a HIT from {@code Reviewable} to {@code Reviewing}, or back when
 * {@code revert} is true. Default: {@code revert} false, which is not sent.
 *
 * @param hitId the HIT; required
 * @param revert true to move back from Reviewing to Reviewable
 */
public record SetHitAsReviewingRequest(String hitId,
                                       boolean revert) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT; required
     * @param revert true to move back from Reviewing to Reviewable
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public SetHitAsReviewingRequest {
        Limits.requireNonBlank("hitId", hitId);
    }
}
