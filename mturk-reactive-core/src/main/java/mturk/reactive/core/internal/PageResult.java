package mturk.reactive.core.internal;

import java.util.List;
import java.util.Objects;
import mturk.reactive.core.xml.ResponseSummary;

/**
 * One fetched page of a listing, before it is mapped to the model's {@code Page}.
 *
 * @param pageNumber the page number that was requested (1-based)
 * @param items      the records of the page, in document order
 * @param summary    request id and the paging fields the service reported
 * @param <T>        item type
 */
public record PageResult<T>(int pageNumber, List<T> items, ResponseSummary summary) {

    /**
     * Freezes the items.
     *
     * @param pageNumber the requested page number
     * @param items the records
     * @param summary request id and paging fields
     */
    public PageResult {
        items = List.copyOf(items);
        Objects.requireNonNull(summary, "summary");
    }

    /** @return {@code TotalNumResults}, or -1 if not reported */
    public int totalNumResults() {
        return summary.totalNumResults();
    }
}
