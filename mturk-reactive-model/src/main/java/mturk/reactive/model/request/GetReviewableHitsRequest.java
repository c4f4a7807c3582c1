package mturk.reactive.model.request;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.HitStatus;
import mturk.reactive.model.Limits;
import mturk.reactive.model.SortDirection;

/**
 * The parameters of {@code GetReviewableHITs}: HITs whose work is ready for review (only the {@code Minimal} response
 * group exists).
 *
 * <p>Defaults (boto2's): status {@code Reviewable}, sort by {@code Expiration}, {@code Ascending} (the documentation
 * names {@code Descending}; boto2 sends {@code Ascending}), page 1 of 10, all HIT types. Only {@code Reviewable} and
 * {@code Reviewing} are valid statuses.
 *
 * @param hitTypeId only HITs of this type, or null for all
 * @param statuses the statuses to list ({@code Status}); default {@code [Reviewable]}
 * @param sortProperty the sort property; default {@code Expiration}
 * @param sortDirection the sort direction; default {@code Ascending}
 * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
 */
public record GetReviewableHitsRequest(String hitTypeId,
                                       List<HitStatus> statuses,
                                       HitSortProperty sortProperty,
                                       SortDirection sortDirection,
                                       PageRequest page) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitTypeId only HITs of this type, or null for all
     * @param statuses the statuses to list ({@code Status}); default {@code [Reviewable]}
     * @param sortProperty the sort property; default {@code Expiration}
     * @param sortDirection the sort direction; default {@code Ascending}
     * @param page the page to fetch; default page 1 of 10 records ({@link PageRequest#DEFAULT}, boto2's default)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetReviewableHitsRequest {
        statuses = statuses == null ? List.of()
                : List.copyOf(Limits.noNullElements("statuses", statuses));
        if (hitTypeId != null) {
            Limits.requireNonBlank("hitTypeId", hitTypeId);
        }
        statuses = statuses.isEmpty() ? List.of(HitStatus.REVIEWABLE) : statuses;
        for (HitStatus status : statuses) {
            if (status != HitStatus.REVIEWABLE && status != HitStatus.REVIEWING) {
                throw new IllegalArgumentException("statuses must contain only Reviewable or Reviewing, was " + status);
            }
        }
        sortProperty = Limits.known("sortProperty", RequestRules.orDefault(sortProperty, HitSortProperty.EXPIRATION));
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
        b.hitTypeId = hitTypeId;
        b.statuses.addAll(statuses);
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
    public GetReviewableHitsRequest withPage(PageRequest page) {
        return toBuilder().page(page).build();
    }

    /** Builder of {@link GetReviewableHitsRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitTypeId;
        private final ArrayList<HitStatus> statuses = new ArrayList<>();
        private HitSortProperty sortProperty;
        private SortDirection sortDirection;
        private PageRequest page;

        private Builder() {
        }

        /**
         * Sets {@code hitTypeId}: only HITs of this type, or null for all.
         *
         * @param hitTypeId the value
         * @return this builder
         */
        public Builder hitTypeId(String hitTypeId) {
            this.hitTypeId = hitTypeId;
            return this;
        }

        /**
         * Replaces {@code statuses}: the statuses to list ({@code Status}); default {@code [Reviewable]}.
         *
         * @param statuses the new values; not null
         * @return this builder
         */
        public Builder statuses(List<? extends HitStatus> statuses) {
            this.statuses.clear();
            this.statuses.addAll(statuses);
            return this;
        }

        /**
         * Appends one entry to {@code statuses}.
         *
         * @param status the entry to append
         * @return this builder
         */
        public Builder status(HitStatus status) {
            this.statuses.add(status);
            return this;
        }

        /**
         * Sets {@code sortProperty}: the sort property; default {@code Expiration}.
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
        public GetReviewableHitsRequest build() {
            return new GetReviewableHitsRequest(hitTypeId, statuses, sortProperty, sortDirection, page);
        }
    }
}
