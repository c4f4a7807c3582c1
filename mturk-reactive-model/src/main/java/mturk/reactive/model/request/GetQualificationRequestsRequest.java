package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.QualificationRequestSortProperty;
import mturk.reactive.model.SortDirection;

/**
 * The parameters of {@code GetQualificationRequests}: requests awaiting the owner's decision.
 *
 * <p>Defaults: all of the caller's types, sort by {@code SubmitTime} (boto2's default {@code Expiration} is not a
 * documented value), {@code Ascending}, page 1 of 10.
 *
 * @param qualificationTypeId only requests for this type, or null for all
 * @param sortProperty the sort property; default {@code SubmitTime}
 * @param sortDirection the sort direction; default {@code Ascending}
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 */
public record GetQualificationRequestsRequest(String qualificationTypeId,
                                              QualificationRequestSortProperty sortProperty,
                                              SortDirection sortDirection,
                                              PageRequest page) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId only requests for this type, or null for all
     * @param sortProperty the sort property; default {@code SubmitTime}
     * @param sortDirection the sort direction; default {@code Ascending}
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetQualificationRequestsRequest {
        if (qualificationTypeId != null) {
            Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        }
        sortProperty = Limits.known("sortProperty",
                RequestRules.orDefault(sortProperty, QualificationRequestSortProperty.SUBMIT_TIME));
        sortDirection = Limits.known("sortDirection", RequestRules.orDefault(sortDirection, SortDirection.ASCENDING));
        page = RequestRules.orDefault(page, PageRequest.DEFAULT);
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
        b.qualificationTypeId = qualificationTypeId;
        b.sortProperty = sortProperty;
        b.sortDirection = sortDirection;
        b.page = page;
        return b;
    }

    /**
     * The same listing for another page.
     *
     * @param page the page
     * @return the copy
     */
    public GetQualificationRequestsRequest withPage(PageRequest page) {
        return toBuilder().page(page).build();
    }

    /** Builder of {@link GetQualificationRequestsRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String qualificationTypeId;
        private QualificationRequestSortProperty sortProperty;
        private SortDirection sortDirection;
        private PageRequest page;

        private Builder() {
        }

        /**
         * Sets {@code qualificationTypeId}: only requests for this type, or null for all.
         *
         * @param qualificationTypeId the value
         * @return this builder
         */
        public Builder qualificationTypeId(String qualificationTypeId) {
            this.qualificationTypeId = qualificationTypeId;
            return this;
        }

        /**
         * Sets {@code sortProperty}: the sort property; default {@code SubmitTime}.
         *
         * @param sortProperty the value
         * @return this builder
         */
        public Builder sortProperty(QualificationRequestSortProperty sortProperty) {
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
        public GetQualificationRequestsRequest build() {
            return new GetQualificationRequestsRequest(qualificationTypeId, sortProperty, sortDirection, page);
        }
    }
}
