package mturk.reactive.model.request;

import mturk.reactive.model.Limits;

/**
 * Which page of a listing to fetch: {@code PageSize} 1..100 and {@code PageNumber} from 1, as accepted by the
 * ordinary paged operations ({@code SearchHITs}, {@code GetAssignmentsForHIT}, {@code GetBonusPayments}, ...).
 *
 * @param pageSize   records per page, 1..100 (service and boto2 default: 10)
 * @param pageNumber the 1-based page, at least 1 (default 1)
 */
public record PageRequest(int pageSize, int pageNumber) {

    /** The service's and boto2's default: page 1 of 10 records. */
    public static final PageRequest DEFAULT = new PageRequest(10, 1);

    /**
     * Validates the bounds.
     *
     * @param pageSize   records per page, 1..100 (service and boto2 default: 10)
     * @param pageNumber the 1-based page, at least 1 (default 1)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public PageRequest {
        Limits.range("pageSize", pageSize, Limits.PAGE_SIZE_MIN, Limits.PAGE_SIZE_MAX);
        Limits.atLeast("pageNumber", pageNumber, 1);
    }

    /**
     * A page.
     *
     * @param pageSize   records per page, 1..100
     * @param pageNumber the 1-based page
     * @return the page request
     * @throws IllegalArgumentException if a bound is broken
     */
    public static PageRequest of(int pageSize, int pageNumber) {
        return new PageRequest(pageSize, pageNumber);
    }

    /**
     * The first page of the given size.
     *
     * @param pageSize records per page, 1..100
     * @return the page request
     * @throws IllegalArgumentException if the size is out of 1..100
     */
    public static PageRequest first(int pageSize) {
        return new PageRequest(pageSize, 1);
    }

    /**
     * The following page of the same size.
     *
     * @return the page request for {@code pageNumber + 1}
     * @throws IllegalArgumentException if the page number would overflow
     */
    public PageRequest next() {
        return new PageRequest(pageSize, Math.addExact(pageNumber, 1));
    }
}
