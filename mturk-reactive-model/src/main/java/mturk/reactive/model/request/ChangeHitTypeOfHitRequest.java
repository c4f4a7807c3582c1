package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code ChangeHITTypeOfHIT}: give a HIT the properties of another type (boto2 notes the reward
 * must
 * match).
 *
 * @param hitId the HIT; required
 * @param hitTypeId the new type; required
 */
public record ChangeHitTypeOfHitRequest(String hitId,
                                        String hitTypeId) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT; required
     * @param hitTypeId the new type; required
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ChangeHitTypeOfHitRequest {
        Limits.requireNonBlank("hitId", hitId);
        Limits.requireNonBlank("hitTypeId", hitTypeId);
    }
}
