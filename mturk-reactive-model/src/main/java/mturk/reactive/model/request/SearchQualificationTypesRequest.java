package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.QualificationTypeSortProperty;
import mturk.reactive.model.SortDirection;

/**
 * The parameters of {@code SearchQualificationTypes}.
 *
 * <p>Defaults (boto2's): no query, sort by {@code Name}, {@code Ascending} (the documentation names
 * {@code Descending}), page 1 of 10, {@code mustBeRequestable} true, {@code mustBeOwnedByCaller} true. Unlike boto2,
 * a
 * missing query is not sent as the string {@code None}.
 *
 * @param query words to search names, descriptions and keywords for, or null
 * @param sortProperty the sort property; default {@code Name}
 * @param sortDirection the sort direction; default {@code Ascending}
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 * @param mustBeRequestable only types workers can request; default true
 * @param mustBeOwnedByCaller only the caller's own types; default true
 */
public record SearchQualificationTypesRequest(String query,
                                              QualificationTypeSortProperty sortProperty,
                                              SortDirection sortDirection,
                                              PageRequest page,
                                              Boolean mustBeRequestable,
                                              Boolean mustBeOwnedByCaller) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param query words to search names, descriptions and keywords for, or null
     * @param sortProperty the sort property; default {@code Name}
     * @param sortDirection the sort direction; default {@code Ascending}
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @param mustBeRequestable only types workers can request; default true
     * @param mustBeOwnedByCaller only the caller's own types; default true
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public SearchQualificationTypesRequest {
        sortProperty = Limits.known("sortProperty", RequestRules.orDefault(sortProperty,
                QualificationTypeSortProperty.NAME));
        sortDirection = Limits.known("sortDirection", RequestRules.orDefault(sortDirection, SortDirection.ASCENDING));
        page = RequestRules.orDefault(page, PageRequest.DEFAULT);
        mustBeRequestable = RequestRules.orDefault(mustBeRequestable, Boolean.TRUE);
        mustBeOwnedByCaller = RequestRules.orDefault(mustBeOwnedByCaller, Boolean.TRUE);
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
        b.query = query;
        b.sortProperty = sortProperty;
        b.sortDirection = sortDirection;
        b.page = page;
        b.mustBeRequestable = mustBeRequestable;
        b.mustBeOwnedByCaller = mustBeOwnedByCaller;
        return b;
    }

    /**
     * The same search for another page.
     *
     * @param page the page
     * @return the copy
     */
    public SearchQualificationTypesRequest withPage(PageRequest page) {
        return toBuilder().page(page).build();
    }

    /** Builder of {@link SearchQualificationTypesRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String query;
        private QualificationTypeSortProperty sortProperty;
        private SortDirection sortDirection;
        private PageRequest page;
        private Boolean mustBeRequestable;
        private Boolean mustBeOwnedByCaller;

        private Builder() {
        }

        /**
         * Sets {@code query}: words to search names, descriptions and keywords for, or null.
         *
         * @param query the value
         * @return this builder
         */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /**
         * Sets {@code sortProperty}: the sort property; default {@code Name}.
         *
         * @param sortProperty the value
         * @return this builder
         */
        public Builder sortProperty(QualificationTypeSortProperty sortProperty) {
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
         * Sets {@code mustBeRequestable}: only types workers can request; default true.
         *
         * @param mustBeRequestable the value
         * @return this builder
         */
        public Builder mustBeRequestable(Boolean mustBeRequestable) {
            this.mustBeRequestable = mustBeRequestable;
            return this;
        }

        /**
         * Sets {@code mustBeOwnedByCaller}: only the caller's own types; default true.
         *
         * @param mustBeOwnedByCaller the value
         * @return this builder
         */
        public Builder mustBeOwnedByCaller(Boolean mustBeOwnedByCaller) {
            this.mustBeOwnedByCaller = mustBeOwnedByCaller;
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
        public SearchQualificationTypesRequest build() {
            return new SearchQualificationTypesRequest(query, sortProperty, sortDirection, page, mustBeRequestable,
                    mustBeOwnedByCaller);
        }
    }
}
