package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Hit;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.request.SearchHitsRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

/**
 * Lazy listings: a page is requested only when demand runs past the previous one, page 1 is fetched once, and the
 * listing ends at the last (short or total-covering) page.
 */
@ExtendWith(LeakCheckExtension.class)
class PagingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static RecordingServer server;
    private static MTurkClient client;

    @BeforeAll
    static void start() {
        server = new RecordingServer();
        client = server.clientBuilder().build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        server.respond(PagingTest::listing);
    }

    /** SearchHITs over 1,000 HITs and GetAssignmentsForHIT over 250 assignments; anything else: an empty result. */
    private static RecordingServer.Response listing(Map<String, String> p) {
        String op = p.get("Operation");
        if (!op.equals("SearchHITs") && !op.equals("GetAssignmentsForHIT")) {
            return RecordingServer.fixtureFor(p);
        }
        boolean hits = op.equals("SearchHITs");
        int total = hits ? 1000 : 250;
        int size = Integer.parseInt(p.get("PageSize"));
        int page = Integer.parseInt(p.get("PageNumber"));
        int from = Math.min(total, (page - 1) * size);
        int to = Math.min(total, from + size);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<").append(op).append("Response>")
                .append("<OperationRequest><RequestId>r").append(page).append("</RequestId></OperationRequest><")
                .append(op).append("Result><Request><IsValid>True</IsValid></Request><NumResults>").append(to - from)
                .append("</NumResults><TotalNumResults>").append(total).append("</TotalNumResults><PageNumber>")
                .append(page).append("</PageNumber>");
        for (int i = from; i < to; i++) {
            if (hits) {
                b.append("<HIT><HITId>HIT-").append(i).append("</HITId><HITTypeId>T</HITTypeId></HIT>");
            } else {
                b.append("<Assignment><AssignmentId>A-").append(i).append("</AssignmentId><HITId>")
                        .append(p.get("HITId")).append("</HITId><Answer/></Assignment>");
            }
        }
        b.append("</").append(op).append("Result></").append(op).append("Response>");
        return RecordingServer.Response.ok(b.toString());
    }

    private static List<String> pageNumbersSent(String operation) {
        return server.requests().stream().filter(r -> r.get("Operation").equals(operation))
                .map(r -> r.get("PageNumber")).toList();
    }

    @Test
    void takingThreeItemsOfAThousandSendsExactlyOneRequest() {
        StepVerifier.create(client.getAllHits(), 0)
                .thenRequest(3)
                .expectNext(Hit.builder().hitId("HIT-0").hitTypeId("T").build(),
                        Hit.builder().hitId("HIT-1").hitTypeId("T").build(),
                        Hit.builder().hitId("HIT-2").hitTypeId("T").build())
                .thenCancel()
                .verify(TIMEOUT);
        client.getAccountBalance().block(TIMEOUT); // a later request: anything sent before it has been recorded

        assertEquals(List.of("1"), pageNumbersSent("SearchHITs"));
        assertEquals("100", server.requests().get(0).get("PageSize"));
    }

    @Test
    void takingAllOfAThousandSendsTenRequestsEachPageOnce() {
        StepVerifier.create(client.getAllHits(), 0)
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(1000)
                .verifyComplete();

        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList(), pageNumbersSent("SearchHITs"));
        server.requests().forEach(r -> assertEquals("100", r.get("PageSize")));
    }

    @Test
    void getAllHitsPagesByEnumerationAsTheServiceRecommendsPastOneHundredRecords() {
        client.getAllHits().take(1).blockLast(TIMEOUT);

        assertEquals(Expect.params("Operation", "SearchHITs", "SortProperty", "Enumeration", "SortDirection",
                "Ascending", "PageSize", "100", "PageNumber", "1"), server.onlyRequest());
    }

    @Test
    void getAllHitsWithARequestKeepsItsSortAndResponseGroups() {
        client.getAllHits(SearchHitsRequest.builder().sortProperty(HitSortProperty.TITLE).page(5, 9)
                .responseGroup(ResponseGroup.HIT_DETAIL).build()).take(1).blockLast(TIMEOUT);

        assertEquals(Expect.params("Operation", "SearchHITs", "SortProperty", "Title", "SortDirection",
                "Ascending", "PageSize", "100", "PageNumber", "1", "ResponseGroup.1", "HITDetail"),
                server.onlyRequest());
    }

    @Test
    void getAllReviewableHitsOfATypeSendsTheTypeWithPagesOfOneHundred() {
        StepVerifier.create(client.getAllReviewableHits("HT")).expectNextCount(1).verifyComplete();

        assertEquals(Expect.params("Operation", "GetReviewableHITs", "HITTypeId", "HT", "Status", "Reviewable",
                "SortProperty", "Expiration", "SortDirection", "Ascending", "PageSize", "100", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAllHitsForQualificationTypeSendsTheTypeWithPagesOfOneHundred() {
        StepVerifier.create(client.getAllHitsForQualificationType("QT")).expectNextCount(1).verifyComplete();

        assertEquals(Expect.params("Operation", "GetHITsForQualificationType", "QualificationTypeId", "QT",
                "PageSize", "100", "PageNumber", "1"), server.onlyRequest());
    }

    @Test
    void getAllAssignmentsWithStatusesSendsThemCommaSeparated() {
        StepVerifier.create(client.getAllAssignments("H9", AssignmentStatus.SUBMITTED, AssignmentStatus.APPROVED)
                        .take(1))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals("Submitted,Approved", server.onlyRequest().get("AssignmentStatus"));
    }

    @Test
    void itemsArriveInListingOrderAcrossPages() {
        List<String> ids = client.getAllHits().map(Hit::hitId).collectList().block(TIMEOUT);

        assertEquals(IntStream.range(0, 1000).mapToObj(i -> "HIT-" + i).toList(), ids);
    }

    @Test
    void aListingEndsAtItsShortLastPage() {
        StepVerifier.create(client.getAllAssignments("H9").map(Assignment::assignmentId))
                .expectNextCount(249)
                .expectNext("A-249")
                .verifyComplete();

        assertEquals(List.of("1", "2", "3"), pageNumbersSent("GetAssignmentsForHIT"));
        server.requests().forEach(r -> assertEquals("H9", r.get("HITId")));
    }

    @Test
    void eachSubscriptionStartsAgainAtPageOne() {
        var firstThree = client.getAllHits().take(3).map(Hit::hitId);

        assertEquals(List.of("HIT-0", "HIT-1", "HIT-2"), firstThree.collectList().block(TIMEOUT));
        assertEquals(List.of("HIT-0", "HIT-1", "HIT-2"), firstThree.collectList().block(TIMEOUT));
        client.getAccountBalance().block(TIMEOUT);
        assertEquals(List.of("1", "1"), pageNumbersSent("SearchHITs"));
    }
}
