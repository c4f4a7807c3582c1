package mturk.reactive.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import mturk.reactive.core.xml.ResponseSummary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Lazy listings over {@code PageNumber}/{@code PageSize} operations.
 *
 * <p>{@link #items} streams records as they are parsed and fetches the next page only when the subscriber's demand
 * runs past the end of the current one: a consumer that takes 3 items of a 1,000-item listing causes exactly one
 * request. It is built with {@code expand} over the decoded stream of each page, whose last element (the page's
 * {@link ResponseSummary}) expands into the next page when there is one; the summaries are then filtered out. Page 1
 * is fetched once. The listing ends when a page is short, empty, or {@code TotalNumResults} is covered.
 *
 * <p>Nothing is sent before the subscriber requests its first item (subscribing alone sends nothing). Every
 * subscription starts again from page 1.
 */
public final class Paging {

    private Paging() {
    }

    /** The end of one page: which page, and what the service said about it. */
    private record PageEnd(int pageNumber, ResponseSummary summary) {
    }

    /**
     * @param fetchPage given a 1-based page number, the decoded stream of that page: records then one
     *                  {@link ResponseSummary} (as {@code OperationExecutor.execute} returns); cold
     * @param pageSize  the {@code PageSize} each fetch asks for
     * @param type      the item type
     * @param <T>       item type
     * @return every item of every page, lazily
     */
    public static <T> Flux<T> items(IntFunction<Flux<Object>> fetchPage, int pageSize, Class<T> type) {
        checkPageSize(pageSize);
        return onFirstDemand(page(fetchPage, 1)
                .expand(e -> e instanceof PageEnd end && hasNext(end.pageNumber(), end.summary(), pageSize)
                        ? page(fetchPage, end.pageNumber() + 1) : Flux.empty())
                .filter(e -> !(e instanceof PageEnd))
                .cast(type));
    }

    /**
     * Delays the subscription to {@code source} (which sends page 1) until the subscriber requests something:
     * subscribing alone sends nothing.
     */
    private static <T> Flux<T> onFirstDemand(Flux<T> source) {
        return Flux.defer(() -> {
            Sinks.Empty<Void> demanded = Sinks.empty();
            return source.delaySubscription(demanded.asMono())
                    .doOnRequest(n -> {
                        if (n > 0) {
                            demanded.tryEmitEmpty();
                        }
                    });
        });
    }

    /**
     * @param fetchPage as for {@link #items}
     * @param pageSize  the {@code PageSize} each fetch asks for
     * @param type      the item type
     * @param <T>       item type
     * @return each page, collected, lazily: page N+1 is fetched only when page N+1 is requested
     */
    public static <T> Flux<PageResult<T>> pages(IntFunction<Flux<Object>> fetchPage, int pageSize, Class<T> type) {
        checkPageSize(pageSize);
        return onFirstDemand(collect(fetchPage, 1, type)
                .expand(p -> hasNext(p.pageNumber(), p.summary(), pageSize)
                        ? collect(fetchPage, p.pageNumber() + 1, type) : Mono.empty()));
    }

    /**
     * Collects one decoded page.
     *
     * @param fetchPage  as for {@link #items}
     * @param pageNumber which page
     * @param type       item type
     * @param <T>        item type
     * @return the page
     */
    public static <T> Mono<PageResult<T>> collect(IntFunction<Flux<Object>> fetchPage, int pageNumber,
                                                  Class<T> type) {
        return Mono.defer(() -> {
            List<T> items = new ArrayList<>();
            ResponseSummary[] summary = new ResponseSummary[1];
            return fetchPage.apply(pageNumber)
                    .doOnNext(e -> {
                        if (e instanceof ResponseSummary s) {
                            summary[0] = s;
                        } else {
                            items.add(type.cast(e));
                        }
                    })
                    .then(Mono.fromSupplier(() -> new PageResult<>(pageNumber, items, summary[0])));
        });
    }

    private static Flux<Object> page(IntFunction<Flux<Object>> fetchPage, int n) {
        return Flux.defer(() -> fetchPage.apply(n))
                .map(e -> e instanceof ResponseSummary s ? new PageEnd(n, s) : e);
    }

    /**
     * @param pageNumber the page just read
     * @param summary    its summary
     * @param pageSize   the requested page size
     * @return whether another page may hold items
     */
    static boolean hasNext(int pageNumber, ResponseSummary summary, int pageSize) {
        int count = summary.numResults();
        if (count <= 0 || count < pageSize) {
            return false;
        }
        int total = summary.totalNumResults();
        return total < 0 || (long) pageNumber * pageSize < total;
    }

    private static void checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be within 1..100, was " + pageSize);
        }
    }
}
