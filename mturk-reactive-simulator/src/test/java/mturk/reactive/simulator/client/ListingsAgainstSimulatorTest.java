package mturk.reactive.simulator.client;

import static mturk.reactive.simulator.client.Scenarios.FREE_TEXT_FORM;
import static mturk.reactive.simulator.client.Scenarios.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.BonusPayment;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.Hit;
import mturk.reactive.model.Price;
import mturk.reactive.model.Qualification;
import mturk.reactive.model.QualificationRequest;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.QualificationType;
import mturk.reactive.model.QualificationTypeStatus;
import mturk.reactive.model.WorkerBlock;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.GetBonusPaymentsRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.SearchQualificationTypesRequest;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.junit.MTurkSimulatorTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Every lazy listing of the core client over more than one page of the simulator ({@value #COUNT} items, pages of
 * {@value MTurkClient#LISTING_PAGE_SIZE}): each item arrives exactly once.
 */
@MTurkSimulatorTest(seed = 15, workers = ListingsAgainstSimulatorTest.COUNT)
class ListingsAgainstSimulatorTest {
    static final int COUNT = 151;

    /** Collects the listing's keys, failing on the first key seen twice, and expects exactly {@code expected}. */
    private static <T> void yieldsEachExactlyOnce(Flux<T> listing, Function<T, String> key, Set<String> expected) {
        Set<String> seen = new HashSet<>();
        StepVerifier.create(listing.map(key).filter(expected::contains).doOnNext(k -> {
                    if (!seen.add(k)) {
                        throw new AssertionError("listed twice: " + k);
                    }
                }).count())
                .expectNext((long) expected.size())
                .verifyComplete();
        assertEquals(expected, seen);
    }

    private static Set<String> create(int count, Function<Integer, reactor.core.publisher.Mono<String>> maker) {
        return new HashSet<>(Flux.range(0, count).flatMap(maker, 8).collectList().block());
    }

    private static CreateHitRequest.Builder hit(String title) {
        return CreateHitRequest.builder().title(title).description("paged").reward(Price.usd("0.01"))
                .assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(1)).question(FREE_TEXT_FORM);
    }

    private static QualificationType type(MTurkClient client, String name) {
        return client.createQualificationType(b -> b.name(name).description("paged")
                .qualificationTypeStatus(QualificationTypeStatus.ACTIVE)).block();
    }

    @Test
    void getAllHitsYieldsEveryHitOnceAcrossPages(MTurkClient client) {
        Set<String> ids = create(COUNT, i -> client.createHit(hit("All hits " + i).build()).map(Hit::hitId));
        yieldsEachExactlyOnce(client.getAllHits(), Hit::hitId, ids);
    }

    @Test
    void getAllReviewableHitsYieldsEveryReviewableHitOfTheTypeOnce(MTurkClient client) {
        String hitType = client.registerHitType(b -> b.title("Reviewable paged").description("paged")
                .reward(Price.usd("0.01")).assignmentDuration(Duration.ofHours(1))).block();
        Set<String> ids = create(COUNT, i -> client.createHit(b -> b.hitTypeId(hitType).question(FREE_TEXT_FORM)
                .lifetime(Duration.ofDays(1))).flatMap(h -> client.expireHit(h.hitId()).thenReturn(h.hitId())));
        yieldsEachExactlyOnce(client.getAllReviewableHits(hitType), Hit::hitId, ids);
    }

    @Test
    void getAllHitsForQualificationTypeYieldsEveryRequiringHitOnce(MTurkClient client) {
        String required = type(client, "Required by paged HITs").qualificationTypeId();
        Set<String> ids = create(COUNT, i -> client.createHit(hit("Requiring " + i).qualificationRequirement(
                QualificationRequirement.ofIntegers(required, Comparator.EXISTS, List.of())).build())
                .map(Hit::hitId));
        yieldsEachExactlyOnce(client.getAllHitsForQualificationType(required), Hit::hitId, ids);
    }

    @Test
    void getAllAssignmentsYieldsEverySubmittedAssignmentOnce(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = client.createHit(hit("Many assignments").maxAssignments(COUNT).build()).block();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            ids.add(Scenarios.submitted(workers, i, hit.hitId(), "answer " + i));
        }
        yieldsEachExactlyOnce(client.getAllAssignments(hit.hitId()), Assignment::assignmentId, ids);
    }

    @Test
    void getAllBonusPaymentsYieldsEveryBonusOfTheHitOnce(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = client.createHit(hit("Many bonuses").maxAssignments(COUNT).build()).block();
        List<String> assignments = new java.util.ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            assignments.add(Scenarios.submitted(workers, i, hit.hitId(), "bonus " + i));
        }
        Set<String> ids = create(COUNT, i -> client.approveAssignment(assignments.get(i))
                .then(client.grantBonus(worker(workers, i), assignments.get(i), Price.usd("0.01"), "thanks"))
                .thenReturn(assignments.get(i)));
        yieldsEachExactlyOnce(client.getAllBonusPayments(GetBonusPaymentsRequest.forHit(hit.hitId(),
                PageRequest.DEFAULT)), BonusPayment::assignmentId, ids);
    }

    @Test
    void getAllBlockedWorkersYieldsEveryBlockedWorkerOnce(MTurkClient client, SimulatedWorkers workers) {
        Set<String> ids = create(COUNT, i -> client.blockWorker(worker(workers, i), "paged block")
                .thenReturn(worker(workers, i)));
        yieldsEachExactlyOnce(client.getAllBlockedWorkers(), WorkerBlock::workerId, ids);
        Flux.fromIterable(ids).flatMap(w -> client.unblockWorker(w, "done"), 8).blockLast();
    }

    @Test
    void searchAllQualificationTypesYieldsEveryMatchingTypeOnce(MTurkClient client) {
        Set<String> ids = create(COUNT, i -> client.createQualificationType(b -> b.name("Paged kestrel " + i)
                .description("paged").qualificationTypeStatus(QualificationTypeStatus.ACTIVE))
                .map(QualificationType::qualificationTypeId));
        yieldsEachExactlyOnce(client.searchAllQualificationTypes(SearchQualificationTypesRequest.builder()
                .query("kestrel").build()), QualificationType::qualificationTypeId, ids);
    }

    @Test
    void getAllQualificationRequestsYieldsEveryPendingRequestOnce(MTurkClient client, SimulatedWorkers workers) {
        String typeId = type(client, "Requested by many").qualificationTypeId();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            ids.add(workers.requestQualification(worker(workers, i), typeId, null));
        }
        yieldsEachExactlyOnce(client.getAllQualificationRequests(typeId),
                QualificationRequest::qualificationRequestId, ids);
    }

    @Test
    void getAllQualificationsForQualificationTypeYieldsEveryHolderOnce(MTurkClient client, SimulatedWorkers workers) {
        String typeId = type(client, "Held by many").qualificationTypeId();
        Set<String> ids = create(COUNT, i -> client.assignQualification(typeId, worker(workers, i), i, false)
                .thenReturn(worker(workers, i)));
        yieldsEachExactlyOnce(client.getAllQualificationsForQualificationType(typeId), Qualification::subjectId,
                ids);
    }
}
