package mturk.reactive.simulator.client;

import static mturk.reactive.simulator.client.Scenarios.FREE_TEXT_FORM;
import static mturk.reactive.simulator.client.Scenarios.newHit;
import static mturk.reactive.simulator.client.Scenarios.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.model.Hit;
import mturk.reactive.model.HitStatus;
import mturk.reactive.model.Price;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.GetReviewableHitsRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.SimulatorClock;
import mturk.reactive.simulator.junit.MTurkSimulatorTest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The core client's HIT, HIT type, account and error handling operations, answered by the simulator. */
@MTurkSimulatorTest(seed = 11, workers = 6)
class HitOperationsAgainstSimulatorTest {

    private static CreateHitRequest.Builder hitSpec(String title) {
        return CreateHitRequest.builder().title(title).description("A client-against-simulator test HIT")
                .reward(Price.usd("0.25")).assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(2))
                .maxAssignments(2).question(FREE_TEXT_FORM);
    }

    @Test
    void getAccountBalanceDecodesTheSimulatorsBalance(MTurkClient client, MTurkSimulator sim) {
        StepVerifier.create(client.getAccountBalance())
                .assertNext(b -> assertEquals(sim.balance(), b.availableBalance().amount()))
                .verifyComplete();
    }

    @Test
    void registerHitTypeReturnsTheSameIdForTheSamePropertiesAndAnotherForOthers(MTurkClient client) {
        String first = client.registerHitType(b -> b.title("Type A").description("d").reward(Price.usd("0.05"))
                .assignmentDuration(Duration.ofMinutes(10)).keywords("x, y")).block();
        StepVerifier.create(client.registerHitType(b -> b.title("Type A").description("d").reward(Price.usd("0.05"))
                        .assignmentDuration(Duration.ofMinutes(10)).keywords("x, y")))
                .expectNext(first)
                .verifyComplete();
        StepVerifier.create(client.registerHitType(b -> b.title("Type B").description("d")
                        .reward(Price.usd("0.05")).assignmentDuration(Duration.ofMinutes(10))))
                .assertNext(other -> assertNotEquals(first, other))
                .verifyComplete();
    }

    @Test
    void createHitReturnsTheHitAndGetHitReadsItBackAssignable(MTurkClient client) {
        Hit created = client.createHit(hitSpec("Create and get").requesterAnnotation("batch-7").build()).block();
        StepVerifier.create(client.getHit(created.hitId()))
                .assertNext(hit -> {
                    assertEquals(created.hitId(), hit.hitId());
                    assertEquals(created.hitTypeId(), hit.hitTypeId());
                    assertEquals("Create and get", hit.title());
                    assertEquals(HitStatus.ASSIGNABLE, hit.hitStatus());
                    assertEquals(2, hit.maxAssignments());
                    assertEquals(new BigDecimal("0.25"), hit.reward().amount());
                    assertEquals(Duration.ofHours(1), hit.assignmentDuration());
                    assertEquals(FREE_TEXT_FORM, hit.question());
                    assertEquals("batch-7", hit.requesterAnnotation());
                    assertEquals(hit.creationTime().plus(Duration.ofDays(2)), hit.expiration());
                })
                .verifyComplete();
    }

    @Test
    void createHitOnARegisteredTypeUsesThatType(MTurkClient client) {
        String type = client.registerHitType(b -> b.title("Typed HIT").description("d").reward(Price.usd("0.07"))
                .assignmentDuration(Duration.ofMinutes(30))).block();
        StepVerifier.create(client.createHit(b -> b.hitTypeId(type).question(FREE_TEXT_FORM)
                        .lifetime(Duration.ofHours(3))))
                .assertNext(hit -> assertEquals(type, hit.hitTypeId()))
                .verifyComplete();
    }

    @Test
    void createHitTwiceWithTheSameUniqueRequestTokenReturnsTheSameHit(MTurkClient client) {
        CreateHitRequest request = hitSpec("Idempotent create").uniqueRequestToken("token-create-1").build();
        String first = client.createHit(request).block().hitId();
        StepVerifier.create(client.createHit(request))
                .assertNext(hit -> {
                    assertEquals(first, hit.hitId());
                    assertEquals("Idempotent create", hit.title());
                })
                .verifyComplete();
        StepVerifier.create(client.getAllHits().filter(h -> h.title().equals("Idempotent create")).count())
                .expectNext(1L)
                .verifyComplete();
    }

    @Test
    void searchHitsReturnsAPageWithTheTotalAndTheRequestedSize(MTurkClient client) {
        for (int i = 0; i < 3; i++) {
            newHit(client, "Searched " + i, 1);
        }
        long total = client.getAllHits().count().block();
        StepVerifier.create(client.searchHits(SearchHitsRequest.builder().page(2, 1).build()))
                .assertNext(page -> {
                    assertEquals(2, page.items().size());
                    assertEquals(2, page.numResults());
                    assertEquals(total, page.totalNumResults());
                    assertEquals(1, page.pageNumber());
                })
                .verifyComplete();
    }

    @Test
    void getReviewableHitsListsAHitOnceAllItsAssignmentsAreSubmitted(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = newHit(client, "Becomes reviewable", 1);
        submitted(workers, 0, hit.hitId(), "done");
        StepVerifier.create(client.getReviewableHits(GetReviewableHitsRequest.builder().hitTypeId(hit.hitTypeId())
                        .page(10, 1).build()))
                .assertNext(page -> {
                    assertEquals(List.of(hit.hitId()), page.items().stream().map(Hit::hitId).toList());
                    assertEquals(1, page.totalNumResults());
                })
                .verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::hitStatus))
                .expectNext(HitStatus.REVIEWABLE)
                .verifyComplete();
    }

    @Test
    void getHitsForQualificationTypeListsTheHitsRequiringIt(MTurkClient client) {
        String type = client.createQualificationType(b -> b.name("Required for HITs")
                .description("d").qualificationTypeStatus(mturk.reactive.model.QualificationTypeStatus.ACTIVE))
                .block().qualificationTypeId();
        Hit hit = client.createHit(hitSpec("Needs a qualification").qualificationRequirement(
                mturk.reactive.model.QualificationRequirement.ofIntegers(type,
                        mturk.reactive.model.Comparator.EXISTS, List.of())).build()).block();
        newHit(client, "Needs nothing", 1);
        StepVerifier.create(client.getAllHitsForQualificationType(type).map(Hit::hitId))
                .expectNext(hit.hitId())
                .verifyComplete();
    }

    @Test
    void changeHitTypeOfHitMovesTheHitToTheNewType(MTurkClient client) {
        Hit hit = newHit(client, "Changes type", 1);
        String type = client.registerHitType(b -> b.title("The new type").description("d")
                .reward(Price.usd("0.10")).assignmentDuration(Duration.ofHours(1))).block();
        StepVerifier.create(client.changeHitTypeOfHit(hit.hitId(), type)).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()))
                .assertNext(h -> {
                    assertEquals(type, h.hitTypeId());
                    assertEquals("The new type", h.title());
                })
                .verifyComplete();
    }

    @Test
    void extendHitAddsAssignmentsAndTime(MTurkClient client) {
        Hit hit = client.getHit(newHit(client, "Extended", 1).hitId()).block();
        StepVerifier.create(client.extendHit(hit.hitId(), 2)).verifyComplete();
        StepVerifier.create(client.extendHit(hit.hitId(), Duration.ofHours(5))).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()))
                .assertNext(h -> {
                    assertEquals(3, h.maxAssignments());
                    assertEquals(hit.expiration().plus(Duration.ofHours(5)), h.expiration());
                })
                .verifyComplete();
    }

    @Test
    void expireHitMakesAnUntouchedHitReviewableAndExpiresItNow(MTurkClient client, SimulatorClock clock) {
        Hit hit = newHit(client, "Force expired", 1);
        StepVerifier.create(client.expireHit(hit.hitId())).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()))
                .assertNext(h -> {
                    assertEquals(HitStatus.REVIEWABLE, h.hitStatus());
                    assertFalse(h.expiration().isAfter(clock.now()));
                })
                .verifyComplete();
    }

    @Test
    void setReviewingMovesAReviewableHitToReviewingAndRevertMovesItBack(MTurkClient client) {
        Hit hit = newHit(client, "Reviewing", 1);
        client.expireHit(hit.hitId()).block();
        StepVerifier.create(client.setReviewing(hit.hitId())).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::hitStatus)).expectNext(HitStatus.REVIEWING)
                .verifyComplete();
        StepVerifier.create(client.setReviewing(hit.hitId(), true)).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::hitStatus)).expectNext(HitStatus.REVIEWABLE)
                .verifyComplete();
    }

    @Test
    void disableHitDisposesTheHitAndApprovesItsSubmittedAssignment(MTurkClient client, MTurkSimulator sim,
                                                                SimulatedWorkers workers) {
        Hit hit = newHit(client, "Disabled", 2);
        submitted(workers, 1, hit.hitId(), "paid on disable");
        BigDecimal before = sim.balance();
        StepVerifier.create(client.disableHit(hit.hitId())).verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.12")), sim.balance(), "reward 0.10 + 0.02 commission");
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::hitStatus))
                .expectNext(HitStatus.DISPOSED)
                .verifyComplete();
    }

    @Test
    void disposeHitRemovesAReviewableHitFromSearches(MTurkClient client) {
        Hit hit = newHit(client, "Disposed", 1);
        client.expireHit(hit.hitId()).block();
        StepVerifier.create(client.disposeHit(hit.hitId())).verifyComplete();
        StepVerifier.create(client.getAllHits().filter(h -> h.hitId().equals(hit.hitId())).count())
                .expectNext(0L)
                .verifyComplete();
    }

    @Test
    void getReviewResultsForHitAnswersWithTheHitAndNoResults(MTurkClient client) {
        Hit hit = newHit(client, "Review results", 1);
        StepVerifier.create(client.getReviewResultsForHit(hit.hitId()))
                .assertNext(r -> assertEquals(hit.hitId(), r.hitId()))
                .verifyComplete();
    }

    @Test
    void getHitWithHitDetailIncludesTheAssignmentSummary(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = newHit(client, "Summary", 3);
        submitted(workers, 2, hit.hitId(), "one");
        StepVerifier.create(client.getHit(hit.hitId(), ResponseGroup.HIT_DETAIL,
                        ResponseGroup.HIT_ASSIGNMENT_SUMMARY))
                .assertNext(h -> {
                    assertEquals(2, h.numberOfAssignmentsAvailable());
                    assertEquals(0, h.numberOfAssignmentsPending());
                })
                .verifyComplete();
    }

    @Test
    void getHelpDescribesTheOperation(MTurkClient client) {
        StepVerifier.create(client.getHelp("GetAccountBalance"))
                .assertNext(help -> {
                    assertEquals(1, help.operations().size());
                    assertEquals("GetAccountBalance", help.operations().get(0).name());
                })
                .verifyComplete();
    }

    @Test
    void anUnknownHitIdArrivesAsAServiceExceptionWithTheDocumentedCode(MTurkClient client) {
        StepVerifier.create(client.getHit("3NOSUCHHIT0000000000000000000Z"))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals("AWS.MechanicalTurk.HITDoesNotExist", s.errorCode());
                    assertEquals("GetHIT", s.operation());
                    assertTrue(s.requestId().isPresent());
                })
                .verify();
    }

    @Test
    void aWrongSecretIsRejectedAsNotAuthorized(MTurkClient client, MTurkSimulator sim) {
        try (MTurkClient wrong = client.mutate().credentials(Credentials.of(sim.accessKey(), "not-the-secret"))
                .build()) {
            StepVerifier.create(wrong.getAccountBalance())
                    .expectErrorSatisfies(e -> assertEquals("AWS.NotAuthorized",
                            assertInstanceOf(MTurkServiceException.class, e).errorCode()))
                    .verify();
        }
    }

    @Test
    void getAllHitsSortedByTitleEmitsTheHitsInTitleOrder(MTurkClient client) {
        newHit(client, "Sorted zz 2", 1);
        newHit(client, "Sorted zz 1", 1);
        newHit(client, "Sorted zz 3", 1);
        StepVerifier.create(client.getAllHits(SearchHitsRequest.builder().sortProperty(
                                mturk.reactive.model.HitSortProperty.TITLE)
                        .sortDirection(mturk.reactive.model.SortDirection.ASCENDING).build())
                        .map(Hit::title).filter(t -> t.startsWith("Sorted zz")))
                .expectNext("Sorted zz 1", "Sorted zz 2", "Sorted zz 3")
                .verifyComplete();
    }

    @Test
    void getHelpForAResponseGroupDescribesTheGroup(MTurkClient client) {
        StepVerifier.create(client.getHelp("HITDetail", mturk.reactive.model.HelpType.RESPONSE_GROUP))
                .assertNext(help -> {
                    assertEquals(1, help.responseGroups().size());
                    assertEquals("HITDetail", help.responseGroups().get(0).name());
                })
                .verifyComplete();
    }

    @Test
    void qualificationRequirementsRoundTripThroughCreateAndGet(MTurkClient client) {
        List<mturk.reactive.model.QualificationRequirement> requirements = List.of(
                mturk.reactive.model.QualificationRequirement.ofLocales(
                        mturk.reactive.model.SystemQualificationTypes.LOCALE, mturk.reactive.model.Comparator.IN,
                        List.of(mturk.reactive.model.LocaleValue.of("US", "CA"),
                                mturk.reactive.model.LocaleValue.of("GB"))),
                mturk.reactive.model.QualificationRequirement.ofIntegers(
                        mturk.reactive.model.SystemQualificationTypes.PERCENT_ASSIGNMENTS_APPROVED,
                        mturk.reactive.model.Comparator.GREATER_THAN_OR_EQUAL_TO, List.of(95)));
        Hit hit = client.createHit(hitSpec("Round-tripped requirements").qualificationRequirements(requirements)
                .build()).block();
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::qualificationRequirements))
                .expectNext(requirements)
                .verifyComplete();
    }

    @Test
    void creationTimeAndExpirationFollowTheSimulatedClock(MTurkClient client, SimulatorClock clock) {
        clock.advance(Duration.ofMinutes(3));
        Hit hit = newHit(client, "Clocked", 1);
        StepVerifier.create(client.getHit(hit.hitId()))
                .assertNext(h -> {
                    assertEquals(clock.now(), h.creationTime());
                    assertEquals(clock.now().plus(Duration.ofDays(1)), h.expiration());
                })
                .verifyComplete();
    }

    @Test
    void extendHitTwiceWithTheSameTokenAddsAssignmentsOnce(MTurkClient client) {
        Hit hit = newHit(client, "Extended once", 1);
        mturk.reactive.model.request.ExtendHitRequest request = mturk.reactive.model.request.ExtendHitRequest
                .addAssignments(hit.hitId(), 2).withUniqueRequestToken("extend-token-1");
        StepVerifier.create(client.extendHit(request)).verifyComplete();
        StepVerifier.create(client.extendHit(request)).verifyComplete();
        StepVerifier.create(client.getHit(hit.hitId()).map(Hit::maxAssignments))
                .expectNext(3)
                .verifyComplete();
    }

    @Test
    void createHitBeyondTheBalanceFailsWithInsufficientFunds(MTurkClient client) {
        StepVerifier.create(client.createHit(hitSpec("Too expensive").reward(Price.usd("900.00")).maxAssignments(20)
                        .build()))
                .expectErrorSatisfies(e -> assertEquals("AWS.MechanicalTurk.InsufficientFunds",
                        assertInstanceOf(MTurkServiceException.class, e).errorCode()))
                .verify();
    }

    @Test
    void disposingAnAssignableHitFailsWithInvalidHitState(MTurkClient client) {
        Hit hit = newHit(client, "Not yet disposable", 1);
        StepVerifier.create(client.disposeHit(hit.hitId()))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = assertInstanceOf(MTurkServiceException.class, e);
                    assertEquals("AWS.MechanicalTurk.InvalidHITState", s.errorCode());
                    assertEquals(hit.hitId(), s.errors().get(0).data().get("HITId"));
                })
                .verify();
    }

    @Test
    void textWithMarkupCharactersAndNonAsciiRoundTripsExactly(MTurkClient client) {
        String title = "Tag <b> & \"quote\" \u2014 caf\u00e9 \ud83d\ude00 100%+1=2";
        Hit hit = client.createHit(hitSpec(title).description("Line one\nline two & <three>")
                .keywords("a&b, c<d").build()).block();
        StepVerifier.create(client.getHit(hit.hitId()))
                .assertNext(h -> {
                    assertEquals(title, h.title());
                    assertEquals("Line one\nline two & <three>", h.description());
                    assertEquals("a&b, c<d", h.keywords());
                })
                .verifyComplete();
    }

    @Test
    void getReviewableHitsFilteredByReviewingListsOnlyReviewingHits(MTurkClient client) {
        String type = client.registerHitType(b -> b.title("Reviewing filter").description("d")
                .reward(Price.usd("0.02")).assignmentDuration(Duration.ofHours(1))).block();
        Hit reviewing = client.createHit(b -> b.hitTypeId(type).question(FREE_TEXT_FORM)
                .lifetime(Duration.ofHours(2))).block();
        Hit reviewable = client.createHit(b -> b.hitTypeId(type).question(FREE_TEXT_FORM)
                .lifetime(Duration.ofHours(2))).block();
        client.expireHit(reviewing.hitId()).then(client.expireHit(reviewable.hitId()))
                .then(client.setReviewing(reviewing.hitId())).block();
        StepVerifier.create(client.getAllReviewableHits(GetReviewableHitsRequest.builder().hitTypeId(type)
                        .status(HitStatus.REVIEWING).build()).map(Hit::hitId))
                .expectNext(reviewing.hitId())
                .verifyComplete();
        StepVerifier.create(client.getAllReviewableHits(type).map(Hit::hitId))
                .expectNext(reviewable.hitId())
                .verifyComplete();
    }
}
