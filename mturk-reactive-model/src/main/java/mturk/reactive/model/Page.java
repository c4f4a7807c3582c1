package mturk.reactive.model;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing ({@code SearchHITs}, {@code GetAssignmentsForHIT}, ...), with the service's paging counts.
 *
 * @param items           the records on this page, in response order; copied, never null
 * @param numResults      the number of records on this page as reported ({@code NumResults}); at least 0
 * @param totalNumResults the number of records in the whole listing ({@code TotalNumResults}); at least 0
 * @param pageNumber      the 1-based page number ({@code PageNumber}); at least 1
 * @param <T>             the record type
 */
public record Page<T>(List<T> items, int numResults, int totalNumResults, int pageNumber) {

    /**
     * Copies the items and validates the counts.
     *
     * @param items           the records on this page, in response order; copied, never null
     * @param numResults      the number of records on this page as reported ({@code NumResults}); at least 0
     * @param totalNumResults the number of records in the whole listing ({@code TotalNumResults}); at least 0
     * @param pageNumber      the 1-based page number ({@code PageNumber}); at least 1
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public Page {
        items = List.copyOf(Limits.noNullElements("items", items));
        Limits.atLeast("numResults", numResults, 0);
        Limits.atLeast("totalNumResults", totalNumResults, 0);
        Limits.atLeast("pageNumber", pageNumber, 1);
    }

    /**
     * Whether a page after this one holds more records, for pages of {@code pageSize}: false when this page is
     * short (fewer than {@code pageSize} records) or when this page and the ones before it cover
     * {@code totalNumResults}.
     *
     * @param pageSize the page size the listing was requested with; at least 1
     * @return whether to fetch page {@code pageNumber + 1}
     * @throws IllegalArgumentException if {@code pageSize} is less than 1
     */
    public boolean hasMore(int pageSize) {
        Limits.atLeast("pageSize", pageSize, 1);
        return numResults >= pageSize && (long) pageNumber * pageSize < totalNumResults;
    }

    /**
     * How many pages of {@code pageSize} the whole listing has (ceiling of total / size; 0 for an empty listing).
     *
     * @param pageSize the page size; at least 1
     * @return the page count
     * @throws IllegalArgumentException if {@code pageSize} is less than 1
     */
    public int pageCount(int pageSize) {
        Limits.atLeast("pageSize", pageSize, 1);
        return (int) (((long) totalNumResults + pageSize - 1) / pageSize);
    }

    /**
     * Whether this page holds no records.
     *
     * @return true if {@code items} is empty
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The same page with every item converted, keeping the paging counts.
     *
     * @param mapper the conversion; not null, must not return null
     * @param <R>    the new item type
     * @return the converted page
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new Page<>(mapped, numResults, totalNumResults, pageNumber);
    }
}
