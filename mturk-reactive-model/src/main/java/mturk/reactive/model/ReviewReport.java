package mturk.reactive.model;

import java.util.List;

/**
 * The results and actions of one review policy ({@code AssignmentReviewReport} or {@code HITReviewReport}).
 *
 * @param pageNumber      the page number, when sent
 * @param numResults      the number of entries on this page, when sent
 * @param totalNumResults the number of entries in all, when sent
 * @param results         the computed results; copied, never null
 * @param actions         the actions taken or intended; copied, never null
 */
public record ReviewReport(Integer pageNumber, Integer numResults, Integer totalNumResults,
                           List<ReviewResult> results, List<ReviewAction> actions) {

    /**
     * Copies the lists.
     *
     * @param pageNumber      the page number, when sent
     * @param numResults      the number of entries on this page, when sent
     * @param totalNumResults the number of entries in all, when sent
     * @param results         the computed results; copied, never null
     * @param actions         the actions taken or intended; copied, never null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ReviewReport {
        results = List.copyOf(Limits.noNullElements("results", results == null ? List.of() : results));
        actions = List.copyOf(Limits.noNullElements("actions", actions == null ? List.of() : actions));
    }
}
