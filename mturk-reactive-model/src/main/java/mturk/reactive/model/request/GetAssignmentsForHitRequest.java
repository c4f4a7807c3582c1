package mturk.reactive.model.request;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.AssignmentSortProperty;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Limits;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.SortDirection;

/**
 * The parameters of {@code GetAssignmentsForHIT}: the submitted, approved or rejected assignments of one HIT.
 *
 * <p>Defaults (boto2's and the service's): all statuses, sort by {@code SubmitTime}, {@code Ascending}, page 1 of 10.
 *
 * @param hitId the HIT; required
 * @param assignmentStatuses the statuses to list ({@code AssignmentStatus}, comma-separated on the wire); empty (the
 *   default) lists all
 * @param sortProperty the sort property; default {@code SubmitTime}
 * @param sortDirection the sort direction; default {@code Ascending}
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
 *   service's defaults apply
 */
public record GetAssignmentsForHitRequest(String hitId,
                                          List<AssignmentStatus> assignmentStatuses,
                                          AssignmentSortProperty sortProperty,
                                          SortDirection sortDirection,
                                          PageRequest page,
                                          List<ResponseGroup> responseGroups) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT; required
     * @param assignmentStatuses the statuses to list ({@code AssignmentStatus}, comma-separated on the wire); empty
     *   (the default) lists all
     * @param sortProperty the sort property; default {@code SubmitTime}
     * @param sortDirection the sort direction; default {@code Ascending}
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
     *   service's defaults apply
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetAssignmentsForHitRequest {
        assignmentStatuses = assignmentStatuses == null ? List.of()
                : List.copyOf(Limits.noNullElements("assignmentStatuses", assignmentStatuses));
        responseGroups = responseGroups == null ? List.of()
                : List.copyOf(Limits.noNullElements("responseGroups", responseGroups));
        Limits.requireNonBlank("hitId", hitId);
        assignmentStatuses.forEach(s -> Limits.known("assignmentStatuses", s));
        sortProperty = Limits.known("sortProperty", RequestRules.orDefault(sortProperty,
                AssignmentSortProperty.SUBMIT_TIME));
        sortDirection = Limits.known("sortDirection", RequestRules.orDefault(sortDirection, SortDirection.ASCENDING));
        page = RequestRules.orDefault(page, PageRequest.DEFAULT);
        responseGroups.forEach(g -> Limits.known("responseGroups", g));
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
        b.assignmentStatuses.addAll(assignmentStatuses);
        b.sortProperty = sortProperty;
        b.sortDirection = sortDirection;
        b.page = page;
        b.responseGroups.addAll(responseGroups);
        return b;
    }

    /**
     * The assignments of a HIT with every default.
     *
     * @param hitId the HIT
     * @return the request
     */
    public static GetAssignmentsForHitRequest of(String hitId) {
        return builder().hitId(hitId).build();
    }

    /**
     * The same listing for another page.
     *
     * @param page the page
     * @return the copy
     */
    public GetAssignmentsForHitRequest withPage(PageRequest page) {
        return toBuilder().page(page).build();
    }

    /** Builder of {@link GetAssignmentsForHitRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitId;
        private final ArrayList<AssignmentStatus> assignmentStatuses = new ArrayList<>();
        private AssignmentSortProperty sortProperty;
        private SortDirection sortDirection;
        private PageRequest page;
        private final ArrayList<ResponseGroup> responseGroups = new ArrayList<>();

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
         * Replaces {@code assignmentStatuses}: the statuses to list ({@code AssignmentStatus}, comma-separated on the
         * wire); empty (the default) lists all.
         *
         * @param assignmentStatuses the new values; not null
         * @return this builder
         */
        public Builder assignmentStatuses(List<? extends AssignmentStatus> assignmentStatuses) {
            this.assignmentStatuses.clear();
            this.assignmentStatuses.addAll(assignmentStatuses);
            return this;
        }

        /**
         * Appends one entry to {@code assignmentStatuses}.
         *
         * @param assignmentStatus the entry to append
         * @return this builder
         */
        public Builder assignmentStatus(AssignmentStatus assignmentStatus) {
            this.assignmentStatuses.add(assignmentStatus);
            return this;
        }

        /**
         * Sets {@code sortProperty}: the sort property; default {@code SubmitTime}.
         *
         * @param sortProperty the value
         * @return this builder
         */
        public Builder sortProperty(AssignmentSortProperty sortProperty) {
            this.sortProperty = sortProperty;
            return this;
        }

        /**
         * Sets {@code sortDirection}: the sort direction; default {@code Ascending}.
         *
         * @param sortDirection the value
         * @return this builder
         */
        public Builder sortDirection(SortDirection sortDirection) {
            this.sortDirection = sortDirection;
            return this;
        }

        /**
         * Sets {@code page}: the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's
         * default).
         *
         * @param page the value
         * @return this builder
         */
        public Builder page(PageRequest page) {
            this.page = page;
            return this;
        }

        /**
         * Replaces {@code responseGroups}: the response groups ({@code ResponseGroup.N}); empty (the default) sends
         * none, so the service's defaults apply.
         *
         * @param responseGroups the new values; not null
         * @return this builder
         */
        public Builder responseGroups(List<? extends ResponseGroup> responseGroups) {
            this.responseGroups.clear();
            this.responseGroups.addAll(responseGroups);
            return this;
        }

        /**
         * Appends one entry to {@code responseGroups}.
         *
         * @param responseGroup the entry to append
         * @return this builder
         */
        public Builder responseGroup(ResponseGroup responseGroup) {
            this.responseGroups.add(responseGroup);
            return this;
        }

        /**
         * Sets {@code page} from a size and number.
         *
         * @param pageSize   records per page, 1..100
         * @param pageNumber the 1-based page
         * @return this builder
         */
        public Builder page(int pageSize, int pageNumber) {
            this.page = PageRequest.of(pageSize, pageNumber);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public GetAssignmentsForHitRequest build() {
            return new GetAssignmentsForHitRequest(hitId, assignmentStatuses, sortProperty, sortDirection, page,
                    responseGroups);
        }
    }
}
