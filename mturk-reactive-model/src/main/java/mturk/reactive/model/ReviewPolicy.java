package mturk.reactive.model;

import java.util.List;

/**
 * A review policy attached to a HIT ({@code AssignmentReviewPolicy} or {@code HITReviewPolicy}): the service
 * reviews the work itself, by known answers or by plurality, and may approve, reject or extend.
 *
 * @param policyName the policy, e.g. {@link #SCORE_MY_KNOWN_ANSWERS} or {@link #SIMPLE_PLURALITY}; not blank
 * @param parameters the parameters; copied, never null
 */
public record ReviewPolicy(String policyName, List<PolicyParameter> parameters) {

    /** The assignment-level policy that scores answers against known answers. */
    public static final String SCORE_MY_KNOWN_ANSWERS = "ScoreMyKnownAnswers/2011-09-01";
    /** The HIT-level policy that compares the answers of several workers. */
    public static final String SIMPLE_PLURALITY = "SimplePlurality/2011-09-01";

    /**
     * Validates the name and copies the parameters.
     *
     * @param policyName the policy, e.g. {@link #SCORE_MY_KNOWN_ANSWERS} or {@link #SIMPLE_PLURALITY}; not blank
     * @param parameters the parameters; copied, never null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ReviewPolicy {
        Limits.requireNonBlank("policyName", policyName);
        parameters = List.copyOf(Limits.noNullElements("parameters", parameters == null ? List.of() : parameters));
    }

    /**
     * A policy.
     *
     * @param policyName the policy name
     * @param parameters the parameters
     * @return the policy
     */
    public static ReviewPolicy of(String policyName, PolicyParameter... parameters) {
        return new ReviewPolicy(policyName, List.of(parameters));
    }
}
