package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * The parameters of {@code GetBonusPayments}: the bonuses paid for one HIT or for one assignment (exactly one of the
 * two). Default page: 1 of 10.
 *
 * @param hitId the HIT, or null
 * @param assignmentId the assignment, or null
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 */
public record GetBonusPaymentsRequest(String hitId,
                                      String assignmentId,
                                      PageRequest page) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT, or null
     * @param assignmentId the assignment, or null
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetBonusPaymentsRequest {
        if ((hitId == null) == (assignmentId == null)) {
            throw new IllegalArgumentException("exactly one of hitId and assignmentId must be set, was "
                    + (hitId == null ? "neither" : "both"));
        }
        if (hitId != null) {
            Limits.requireNonBlank("hitId", hitId);
        } else {
            Limits.requireNonBlank("assignmentId", assignmentId);
        }
        page = RequestRules.orDefault(page, PageRequest.DEFAULT);
    }

    /**
     * The bonuses of a HIT.
     *
     * @param hitId the HIT
     * @param page  the page, or null for the default
     * @return the request
     */
    public static GetBonusPaymentsRequest forHit(String hitId, PageRequest page) {
        return new GetBonusPaymentsRequest(hitId, null, page);
    }

    /**
     * The bonuses of an assignment.
     *
     * @param assignmentId the assignment
     * @param page         the page, or null for the default
     * @return the request
     */
    public static GetBonusPaymentsRequest forAssignment(String assignmentId, PageRequest page) {
        return new GetBonusPaymentsRequest(null, assignmentId, page);
    }
}
