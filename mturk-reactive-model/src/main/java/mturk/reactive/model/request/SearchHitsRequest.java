package mturk.reactive.model.request;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.Limits;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.SortDirection;

/**
 * The parameters of {@code SearchHITs}: every HIT of the requester except disposed ones, one page at a time.
 *
 * <p>Defaults (boto2's and the service's): sort by {@code CreationTime}, {@code Ascending}, page 1 of 10. Beyond 100
 * records (page number times page size) only {@link HitSortProperty#ENUMERATION} pages reliably.
 *
 * @param sortProperty the sort property; default {@code CreationTime}
 * @param sortDirection the sort direction; default {@code Ascending}
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
 *   service's defaults apply
 */
public record SearchHitsRequest(HitSortProperty sortProperty,
                                SortDirection sortDirection,
                                PageRequest page,
                                List<ResponseGroup> responseGroups) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param sortProperty the sort property; default {@code CreationTime}
     * @param sortDirection the sort direction; default {@code Ascending}
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
     *   service's defaults apply
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public SearchHitsRequest {
        responseGroups = responseGroups == null ? List.of()
                : List.copyOf(Limits.noNullElements("responseGroups", responseGroups));
        sortProperty = Limits.known("sortProperty", RequestRules.orDefault(sortProperty,
                HitSortProperty.CREATION_TIME));
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
        b.sortProperty = sortProperty;
        b.sortDirection = sortDirection;
        b.page = page;
        b.responseGroups.addAll(responseGroups);
        return b;
    }

    /**
     * The same search for another page.
     *
     * @param page the page
     * @return the copy
     */
    public SearchHitsRequest withPage(PageRequest page) {
        return toBuilder().page(page).build();
    }

    /** Builder of {@link SearchHitsRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private HitSortProperty sortProperty;
        private SortDirection sortDirection;
        private PageRequest page;
        private final ArrayList<ResponseGroup> responseGroups = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code sortProperty}: the sort property; default {@code CreationTime}.
         *
         * @param sortProperty the value
         * @return this builder
         */
        public Builder sortProperty(HitSortProperty sortProperty) {
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
        public SearchHitsRequest build() {
            return new SearchHitsRequest(sortProperty, sortDirection, page, responseGroups);
        }
    }
}
