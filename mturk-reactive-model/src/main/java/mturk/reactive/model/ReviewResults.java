package mturk.reactive.model;

/**
 * The result of {@code GetReviewResultsForHIT}: the policies attached to a HIT and what they found and did.
 *
 * @param hitId                  the HIT; nullable
 * @param assignmentReviewPolicy the assignment-level policy (usually only its name), or null
 * @param hitReviewPolicy        the HIT-level policy (usually only its name), or null
 * @param assignmentReviewReport the assignment-level report, or null
 * @param hitReviewReport        the HIT-level report, or null
 */
public record ReviewResults(String hitId, ReviewPolicy assignmentReviewPolicy, ReviewPolicy hitReviewPolicy,
                            ReviewReport assignmentReviewReport, ReviewReport hitReviewReport) {
}
