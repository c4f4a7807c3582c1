package mturk.reactive.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import mturk.reactive.core.xml.ResponseSummary;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class PagingTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion

    /** A fake service holding {@code total} items, recording which pages were fetched. */
    static final class FakeListing implements IntFunction<Flux<Object>> {
        final int total;
        final int pageSize;
        final boolean reportTotal;
        final List<Integer> fetched = new CopyOnWriteArrayList<>();

        FakeListing(int total, int pageSize, boolean reportTotal) {
            this.total = total;
            this.pageSize = pageSize;
            this.reportTotal = reportTotal;
        }

        @Override
        public Flux<Object> apply(int page) {
            return Flux.defer(() -> {
                fetched.add(page);
                int from = (page - 1) * pageSize;
                int to = Math.min(total, from + pageSize);
                List<Object> items = IntStream.range(Math.max(0, from), Math.max(from, to))
                        .mapToObj(i -> (Object) ("item" + i)).toList();
                return Flux.fromIterable(items)
                        .concatWith(Flux.just(new ResponseSummary("r" + page, page, items.size(),
                                reportTotal ? total : -1)))
                        .publishOn(Schedulers.parallel()); // asynchronous, like a real response
            });
        }
    }

    @Test
    void takingThreeItemsOfAThousandFetchesExactlyOnePage() {
        FakeListing service = new FakeListing(1000, 10, true);
        StepVerifier.create(Paging.items(service, 10, String.class), 0)
                .expectSubscription()
                .thenRequest(3)
                .expectNext("item0", "item1", "item2")
                .thenCancel()
                .verify(TIMEOUT);
        assertEquals(List.of(1), service.fetched);
    }

    @Test
    void nothingIsFetchedWithoutDemand() {
        FakeListing service = new FakeListing(1000, 10, true);
        StepVerifier.create(Paging.items(service, 10, String.class), 0)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(50))
                .thenCancel()
                .verify(TIMEOUT);
        StepVerifier.create(Paging.pages(service, 10, String.class), 0)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(50))
                .thenCancel()
                .verify(TIMEOUT);
        assertEquals(List.of(), service.fetched);
    }

    @Test
    void theNextPageIsFetchedOnlyWhenDemandRunsPastTheCurrentOne() {
        FakeListing service = new FakeListing(1000, 10, true);
        StepVerifier.create(Paging.items(service, 10, String.class), 0)
                .thenRequest(10)
                .expectNextCount(10)
                .then(() -> assertEquals(List.of(1), service.fetched))
                .thenRequest(1)
                .expectNext("item10")
                .thenCancel()
                .verify(TIMEOUT);
        assertEquals(List.of(1, 2), service.fetched);
    }

    @Test
    void allItemsArriveInOrderAndEachPageIsFetchedOnce() {
        FakeListing service = new FakeListing(25, 10, true);
        List<String> all = Paging.items(service, 10, String.class).collectList().block(TIMEOUT);
        assertEquals(IntStream.range(0, 25).mapToObj(i -> "item" + i).toList(), all);
        assertEquals(List.of(1, 2, 3), service.fetched);
    }

    @Test
    void aFullLastPageCoveredByTheTotalStopsWithoutAnEmptyExtraFetch() {
        FakeListing service = new FakeListing(20, 10, true);
        assertEquals(20, Paging.items(service, 10, String.class).count().block(TIMEOUT));
        assertEquals(List.of(1, 2), service.fetched);
    }

    @Test
    void withoutATotalAShortPageEndsTheListing() {
        FakeListing service = new FakeListing(15, 10, false);
        assertEquals(15, Paging.items(service, 10, String.class).count().block(TIMEOUT));
        assertEquals(List.of(1, 2), service.fetched);
    }

    @Test
    void withoutATotalAnEmptyPageEndsAnExactMultiple() {
        FakeListing service = new FakeListing(20, 10, false);
        assertEquals(20, Paging.items(service, 10, String.class).count().block(TIMEOUT));
        assertEquals(List.of(1, 2, 3), service.fetched);
    }

    @Test
    void anEmptyListingFetchesOnePage() {
        FakeListing service = new FakeListing(0, 10, true);
        StepVerifier.create(Paging.items(service, 10, String.class)).expectComplete().verify(TIMEOUT);
        assertEquals(List.of(1), service.fetched);
    }

    @Test
    void pagesAreCollectedLazilyToo() {
        FakeListing service = new FakeListing(1000, 10, true);
        StepVerifier.create(Paging.pages(service, 10, String.class), 0)
                .thenRequest(2)
                .expectNextMatches(p -> p.pageNumber() == 1 && p.items().size() == 10 && p.totalNumResults() == 1000)
                .expectNextMatches(p -> p.pageNumber() == 2 && p.items().get(0).equals("item10"))
                .thenCancel()
                .verify(TIMEOUT);
        assertEquals(List.of(1, 2), service.fetched);
    }

    @Test
    void eachSubscriptionStartsAgainFromPageOne() {
        FakeListing service = new FakeListing(5, 10, true);
        Flux<String> items = Paging.items(service, 10, String.class);
        items.blockLast(TIMEOUT);
        items.blockLast(TIMEOUT);
        assertEquals(List.of(1, 1), service.fetched);
    }

    @Test
    void aPageSizeOutsideOneToHundredIsRefused() {
        FakeListing service = new FakeListing(5, 10, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Paging.items(service, 101, String.class));
        assertEquals("pageSize must be within 1..100, was 101", e.getMessage());
    }
}
