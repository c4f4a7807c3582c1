package mturk.reactive.model.request;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.Limits;
import mturk.reactive.model.ReviewPolicyLevel;

/**
 * The parameters of {@code GetReviewResultsForHIT}. Unset fields are not sent, so the service's defaults apply: both
 * policy levels, actions and results retrieved, page size 400, page 1. Page size is 100..65535 for this operation.
 *
 * @param hitId the HIT; required
 * @param policyLevels the levels to report ({@code PolicyLevel.N}); empty means both
 * @param assignmentId only results for this assignment (documented, not in the schema), or null
 * @param retrieveActions whether to include actions, or null (service default true)
 * @param retrieveResults whether to include results, or null (service default true)
 * @param pageSize records per page, 100..65535, or null (service default 400)
 * @param pageNumber the 1-based page, or null (service default 1)
 */
public record GetReviewResultsForHitRequest(String hitId,
                                            List<ReviewPolicyLevel> policyLevels,
                                            String assignmentId,
                                            Boolean retrieveActions,
                                            Boolean retrieveResults,
                                            Integer pageSize,
                                            Integer pageNumber) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT; required
     * @param policyLevels the levels to report ({@code PolicyLevel.N}); empty means both
     * @param assignmentId only results for this assignment (documented, not in the schema), or null
     * @param retrieveActions whether to include actions, or null (service default true)
     * @param retrieveResults whether to include results, or null (service default true)
     * @param pageSize records per page, 100..65535, or null (service default 400)
     * @param pageNumber the 1-based page, or null (service default 1)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetReviewResultsForHitRequest {
        policyLevels = policyLevels == null ? List.of()
                : List.copyOf(Limits.noNullElements("policyLevels", policyLevels));
        Limits.requireNonBlank("hitId", hitId);
        policyLevels.forEach(l -> Limits.known("policyLevels", l));
        if (assignmentId != null) {
            Limits.requireNonBlank("assignmentId", assignmentId);
        }
        Limits.range("pageSize", pageSize, PAGE_SIZE_MIN, PAGE_SIZE_MAX);
        Limits.range("pageNumber", pageNumber, 1, Integer.MAX_VALUE);
    }

    /**
     * A builder with every field unset; unset fields take the defaults documented on the record.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a modified copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hitId = hitId;
        b.policyLevels.addAll(policyLevels);
        b.assignmentId = assignmentId;
        b.retrieveActions = retrieveActions;
        b.retrieveResults = retrieveResults;
        b.pageSize = pageSize;
        b.pageNumber = pageNumber;
        return b;
    }

    /** Smallest page size of this operation. */
    public static final int PAGE_SIZE_MIN = 100;
    /** Largest page size of this operation. */
    public static final int PAGE_SIZE_MAX = 65_535;

    /** Builder of {@link GetReviewResultsForHitRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitId;
        private final ArrayList<ReviewPolicyLevel> policyLevels = new ArrayList<>();
        private String assignmentId;
        private Boolean retrieveActions;
        private Boolean retrieveResults;
        private Integer pageSize;
        private Integer pageNumber;

        private Builder() {
        }

        /**
         * Sets {@code hitId}: the HIT; required.
         *
         * @param hitId the value
         * @return this builder
         */
        public Builder hitId(String hitId) {
            this.hitId = hitId;
            return this;
        }

        /**
         * Replaces {@code policyLevels}: the levels to report ({@code PolicyLevel.N}); empty means both.
         *
         * @param policyLevels the new values; not null
         * @return this builder
         */
        public Builder policyLevels(List<? extends ReviewPolicyLevel> policyLevels) {
            this.policyLevels.clear();
            this.policyLevels.addAll(policyLevels);
            return this;
        }

        /**
         * Appends one entry to {@code policyLevels}.
         *
         * @param policyLevel the entry to append
         * @return this builder
         */
        public Builder policyLevel(ReviewPolicyLevel policyLevel) {
            this.policyLevels.add(policyLevel);
            return this;
        }

        /**
         * Sets {@code assignmentId}: only results for this assignment (documented, not in the schema), or null.
         *
         * @param assignmentId the value
         * @return this builder
         */
        public Builder assignmentId(String assignmentId) {
            this.assignmentId = assignmentId;
            return this;
        }

        /**
         * Sets {@code retrieveActions}: whether to include actions, or null (service default true).
         *
         * @param retrieveActions the value
         * @return this builder
         */
        public Builder retrieveActions(Boolean retrieveActions) {
            this.retrieveActions = retrieveActions;
            return this;
        }

        /**
         * Sets {@code retrieveResults}: whether to include results, or null (service default true).
         *
         * @param retrieveResults the value
         * @return this builder
         */
        public Builder retrieveResults(Boolean retrieveResults) {
            this.retrieveResults = retrieveResults;
            return this;
        }

        /**
         * Sets {@code pageSize}: records per page, 100..65535, or null (service default 400).
         *
         * @param pageSize the value
         * @return this builder
         */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets {@code pageNumber}: the 1-based page, or null (service default 1).
         *
         * @param pageNumber the value
         * @return this builder
         */
        public Builder pageNumber(Integer pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public GetReviewResultsForHitRequest build() {
            return new GetReviewResultsForHitRequest(hitId, policyLevels, assignmentId, retrieveActions,
                    retrieveResults, pageSize, pageNumber);
        }
    }
}
