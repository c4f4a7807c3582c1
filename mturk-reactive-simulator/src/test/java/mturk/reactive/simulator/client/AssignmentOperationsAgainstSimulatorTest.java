package mturk.reactive.simulator.client;

import static mturk.reactive.simulator.client.Scenarios.ANSWERS_NS;
import static mturk.reactive.simulator.client.Scenarios.TYPED_FORM;
import static mturk.reactive.simulator.client.Scenarios.newHit;
import static mturk.reactive.simulator.client.Scenarios.submitted;
import static mturk.reactive.simulator.client.Scenarios.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.BonusPayment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.NotifyWorkersFailureCode;
import mturk.reactive.model.Price;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.TimePeriod;
import mturk.reactive.model.WorkerBlock;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import mturk.reactive.model.request.GetBlockedWorkersRequest;
import mturk.reactive.model.request.GetBonusPaymentsRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorker;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.junit.MTurkSimulatorTest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The core client's assignment, answer, bonus, worker and statistics operations, answered by the simulator. */
@MTurkSimulatorTest(seed = 12, workers = 8)
class AssignmentOperationsAgainstSimulatorTest {

    private static Hit typedHit(MTurkClient client) {
        return client.createHit(b -> b.title("Typed answers").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(1)).maxAssignments(3)
                .question(TYPED_FORM)).block();
    }

    @Test
    void getAssignmentReturnsTheSubmittedAnswerAndItsHit(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = newHit(client, "Get assignment", 1);
        String assignmentId = submitted(workers, 0, hit.hitId(), "hello simulator");
        StepVerifier.create(client.getAssignment(assignmentId))
                .assertNext(both -> {
                    Assignment a = both.assignment();
                    assertEquals(assignmentId, a.assignmentId());
                    assertEquals(worker(workers, 0), a.workerId());
                    assertEquals(hit.hitId(), a.hitId());
                    assertEquals(AssignmentStatus.SUBMITTED, a.assignmentStatus());
                    assertEquals(List.of(new FreeTextAnswer("q1", "hello simulator")), a.answers());
                    assertEquals(hit.hitId(), both.hit().hitId());
                })
                .verifyComplete();
    }

    @Test
    void getAssignmentsListsOnlyTheRequestedStatuses(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = newHit(client, "List assignments", 3);
        String approved = submitted(workers, 0, hit.hitId(), "a");
        String pending = submitted(workers, 1, hit.hitId(), "b");
        client.approveAssignment(approved).block();
        StepVerifier.create(client.getAssignments(hit.hitId()))
                .assertNext(page -> {
                    assertEquals(2, page.totalNumResults());
                    assertEquals(2, page.items().size());
                })
                .verifyComplete();
        StepVerifier.create(client.getAllAssignments(hit.hitId(), AssignmentStatus.SUBMITTED)
                        .map(Assignment::assignmentId))
                .expectNext(pending)
                .verifyComplete();
    }

    @Test
    void approveAssignmentPaysRewardAndCommissionAndRecordsTheFeedback(MTurkClient client, MTurkSimulator sim,
                                                                      SimulatedWorkers workers) {
        Hit hit = newHit(client, "Approve", 1);
        String assignmentId = submitted(workers, 2, hit.hitId(), "approve me");
        BigDecimal before = sim.balance();
        StepVerifier.create(client.approveAssignment(assignmentId, "Well done")).verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.12")), sim.balance());
        StepVerifier.create(client.getAssignment(assignmentId, ResponseGroup.MINIMAL,
                        ResponseGroup.ASSIGNMENT_FEEDBACK).map(AssignmentWithHitView::of))
                .assertNext(a -> {
                    assertEquals(AssignmentStatus.APPROVED, a.status());
                    assertEquals("Well done", a.feedback());
                })
                .verifyComplete();
    }

    @Test
    void rejectAssignmentPaysNothingAndApproveRejectedThenPays(MTurkClient client, MTurkSimulator sim,
                                                               SimulatedWorkers workers) {
        Hit hit = newHit(client, "Reject then approve", 1);
        String assignmentId = submitted(workers, 3, hit.hitId(), "reject me");
        BigDecimal before = sim.balance();
        StepVerifier.create(client.rejectAssignment(assignmentId, "Off topic")).verifyComplete();
        assertEquals(before, sim.balance());
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().assignmentStatus()))
                .expectNext(AssignmentStatus.REJECTED)
                .verifyComplete();
        StepVerifier.create(client.approveRejectedAssignment(assignmentId, "Changed my mind")).verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.12")), sim.balance());
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().assignmentStatus()))
                .expectNext(AssignmentStatus.APPROVED)
                .verifyComplete();
    }

    @Test
    void generatedAnswersDecodeAsFreeTextSelectionAndUploadedFile(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = typedHit(client);
        String assignmentId = workers.accept(worker(workers, 0), hit.hitId());
        workers.submit(assignmentId);
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().answers()))
                .assertNext(answers -> {
                    assertEquals(3, answers.size());
                    FreeTextAnswer text = assertInstanceOf(FreeTextAnswer.class, answers.get(0));
                    assertEquals("t", text.questionIdentifier());
                    SelectionAnswer selection = assertInstanceOf(SelectionAnswer.class, answers.get(1));
                    assertEquals("s", selection.questionIdentifier());
                    int chosen = selection.selectionIdentifiers().size()
                            + (selection.otherSelection().isPresent() ? 1 : 0);
                    assertTrue(chosen >= 1 && chosen <= 3, selection.toString());
                    assertTrue(List.of("a", "b", "c").containsAll(selection.selectionIdentifiers()));
                    UploadedFileAnswer file = assertInstanceOf(UploadedFileAnswer.class, answers.get(2));
                    assertEquals("f", file.questionIdentifier());
                    assertTrue(file.sizeInBytes() >= 2000 && file.sizeInBytes() <= 3000, file.toString());
                })
                .verifyComplete();
    }

    @Test
    void aMultiSelectWithOtherTextFromAWorkerDecodesEverySelectionAndTheText(MTurkClient client,
                                                                             SimulatedWorkers workers) {
        Hit hit = typedHit(client);
        String assignmentId = workers.accept(worker(workers, 1), hit.hitId());
        workers.submit(assignmentId, "<QuestionFormAnswers xmlns=\"" + ANSWERS_NS + "\">"
                + "<Answer><QuestionIdentifier>t</QuestionIdentifier><FreeText>caf\u00e9 &amp; more</FreeText></Answer>"
                + "<Answer><QuestionIdentifier>s</QuestionIdentifier><SelectionIdentifier>a</SelectionIdentifier>"
                + "<SelectionIdentifier>c</SelectionIdentifier><OtherSelectionText>my own</OtherSelectionText>"
                + "</Answer></QuestionFormAnswers>");
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().answers()))
                .expectNext(List.of(new FreeTextAnswer("t", "caf\u00e9 & more"),
                        new SelectionAnswer("s", List.of("a", "c"), "my own")))
                .verifyComplete();
    }

    @Test
    void getFileUploadUrlServesTheFileTheWorkerUploaded(MTurkClient client, SimulatedWorkers workers)
            throws Exception {
        Hit hit = typedHit(client);
        String assignmentId = workers.accept(worker(workers, 2), hit.hitId());
        workers.submit(assignmentId);
        UploadedFileAnswer file = client.getAssignment(assignmentId).block().assignment().answers().stream()
                .filter(UploadedFileAnswer.class::isInstance).map(UploadedFileAnswer.class::cast).findFirst()
                .orElseThrow();
        String url = client.getFileUploadUrl(assignmentId, "f").block().url();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals(file.sizeInBytes(), download.body().length);
    }

    @Test
    void grantBonusDebitsBonusAndCommissionAndIsListedForTheAssignment(MTurkClient client, MTurkSimulator sim,
                                                                       SimulatedWorkers workers) {
        Hit hit = newHit(client, "Bonus", 1);
        String assignmentId = submitted(workers, 4, hit.hitId(), "bonus please");
        client.approveAssignment(assignmentId).block();
        BigDecimal before = sim.balance();
        StepVerifier.create(client.grantBonus(worker(workers, 4), assignmentId, Price.usd("1.00"), "Great work"))
                .verifyComplete();
        assertEquals(before.subtract(new BigDecimal("1.20")), sim.balance());
        StepVerifier.create(client.getBonusPayments(GetBonusPaymentsRequest.forAssignment(assignmentId,
                        PageRequest.DEFAULT)))
                .assertNext(page -> {
                    assertEquals(1, page.totalNumResults());
                    BonusPayment b = page.items().get(0);
                    assertEquals(worker(workers, 4), b.workerId());
                    assertEquals(new BigDecimal("1.00"), b.bonusAmount().amount());
                    assertEquals(assignmentId, b.assignmentId());
                    assertEquals("Great work", b.reason());
                })
                .verifyComplete();
        StepVerifier.create(client.getAllBonusPayments(GetBonusPaymentsRequest.forHit(hit.hitId(),
                        PageRequest.DEFAULT)).map(BonusPayment::assignmentId))
                .expectNext(assignmentId)
                .verifyComplete();
    }

    @Test
    void grantBonusTwiceWithTheSameTokenPaysOnce(MTurkClient client, MTurkSimulator sim, SimulatedWorkers workers) {
        Hit hit = newHit(client, "Bonus once", 1);
        String assignmentId = submitted(workers, 5, hit.hitId(), "once");
        client.approveAssignment(assignmentId).block();
        GrantBonusRequest request = GrantBonusRequest.of(worker(workers, 5), assignmentId, Price.usd("0.50"),
                "Once only").withUniqueRequestToken("bonus-token-1");
        BigDecimal before = sim.balance();
        StepVerifier.create(client.grantBonus(request)).verifyComplete();
        StepVerifier.create(client.grantBonus(request)).verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.60")), sim.balance());
        StepVerifier.create(client.getAllBonusPayments(GetBonusPaymentsRequest.forAssignment(assignmentId,
                        PageRequest.DEFAULT)).count())
                .expectNext(1L)
                .verifyComplete();
    }

    @Test
    void blockWorkerKeepsTheWorkerOffHitsUntilUnblocked(MTurkClient client, SimulatedWorkers workers) {
        String blocked = worker(workers, 6);
        Hit hit = newHit(client, "Blocked worker", 1);
        StepVerifier.create(client.blockWorker(blocked, "Spam answers")).verifyComplete();
        assertFalse(workers.eligible(blocked, hit.hitId()));
        StepVerifier.create(client.getAllBlockedWorkers().filter(b -> b.workerId().equals(blocked)))
                .expectNext(new WorkerBlock(blocked, "Spam answers"))
                .verifyComplete();
        StepVerifier.create(client.getBlockedWorkers(new GetBlockedWorkersRequest(10, 1)))
                .assertNext(page -> assertEquals(1, page.totalNumResults()))
                .verifyComplete();
        StepVerifier.create(client.unblockWorker(blocked, "Forgiven")).verifyComplete();
        assertTrue(workers.eligible(blocked, hit.hitId()));
        StepVerifier.create(client.getAllBlockedWorkers().filter(b -> b.workerId().equals(blocked)))
                .verifyComplete();
    }

    @Test
    void notifyWorkersSucceedsForAWorkerWithApprovedWorkAndHardFailsForAStranger(MTurkClient client,
                                                                                SimulatedWorkers workers) {
        Hit hit = newHit(client, "Notify", 1);
        client.approveAssignment(submitted(workers, 0, hit.hitId(), "known")).block();
        String stranger = "ANEVERWORKED01";
        workers.add(new SimulatedWorker(stranger, "US", "CA", true, false, 0, 0));
        StepVerifier.create(client.notifyWorkers(List.of(worker(workers, 0), stranger), "Hello", "New HITs soon"))
                .assertNext(failures -> {
                    assertEquals(1, failures.size());
                    assertEquals(stranger, failures.get(0).workerId());
                    assertEquals(NotifyWorkersFailureCode.HARD_FAILURE, failures.get(0).code());
                })
                .verifyComplete();
    }

    @Test
    void requesterStatisticCountsAnApprovalMadeThroughTheClient(MTurkClient client, SimulatedWorkers workers) {
        long before = approvedLifeToDate(client);
        Hit hit = newHit(client, "Statistic", 1);
        client.approveAssignment(submitted(workers, 1, hit.hitId(), "count me")).block();
        StepVerifier.create(client.getRequesterStatistic(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED,
                        TimePeriod.LIFE_TO_DATE))
                .assertNext(s -> {
                    assertEquals(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED, s.statistic());
                    assertEquals(TimePeriod.LIFE_TO_DATE, s.timePeriod());
                    assertEquals(1, s.dataPoints().size());
                    assertEquals(before + 1, s.dataPoints().get(0).longValue());
                })
                .verifyComplete();
    }

    @Test
    void requesterWorkerStatisticCountsTheWorkersApprovalsAndRejections(MTurkClient client,
                                                                        SimulatedWorkers workers) {
        Hit first = newHit(client, "Worker statistic 1", 1);
        Hit second = newHit(client, "Worker statistic 2", 1);
        client.rejectAssignment(submitted(workers, 7, first.hitId(), "x")).block();
        client.rejectAssignment(submitted(workers, 7, second.hitId(), "y")).block();
        StepVerifier.create(client.getRequesterWorkerStatistic(RequesterStatistic.NUMBER_ASSIGNMENTS_REJECTED,
                        worker(workers, 7), TimePeriod.LIFE_TO_DATE))
                .assertNext(s -> {
                    assertEquals(worker(workers, 7), s.workerId());
                    assertEquals(2L, s.dataPoints().get(0).longValue());
                })
                .verifyComplete();
    }

    private static long approvedLifeToDate(MTurkClient client) {
        return client.getRequesterStatistic(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED, TimePeriod.LIFE_TO_DATE)
                .block().dataPoints().get(0).longValue();
    }

    /** The two fields the feedback test reads. */
    private record AssignmentWithHitView(AssignmentStatus status, String feedback) {
        static AssignmentWithHitView of(mturk.reactive.core.AssignmentWithHit both) {
            return new AssignmentWithHitView(both.assignment().assignmentStatus(),
                    both.assignment().requesterFeedback());
        }
    }

    @Test
    void assignmentTimesFollowTheSimulatedClock(MTurkClient client, SimulatedWorkers workers,
                                                mturk.reactive.simulator.SimulatorClock clock) {
        Hit hit = newHit(client, "Clocked assignment", 1);
        String assignmentId = workers.accept(worker(workers, 3), hit.hitId());
        java.time.Instant accepted = clock.now();
        clock.advance(Duration.ofMinutes(10));
        workers.submit(assignmentId, Scenarios.freeTextAnswer("late"));
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment()))
                .assertNext(a -> {
                    assertEquals(accepted, a.acceptTime());
                    assertEquals(clock.now(), a.submitTime());
                    assertEquals(clock.now().plus(Duration.ofDays(30)), a.autoApprovalTime());
                })
                .verifyComplete();
    }

    @Test
    void aSubmittedAssignmentIsApprovedAutomaticallyAfterTheDelay(MTurkClient client, MTurkSimulator sim,
                                                                  SimulatedWorkers workers) {
        Hit hit = client.createHit(b -> b.title("Auto-approved").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(1))
                .autoApprovalDelay(Duration.ofHours(2)).question(Scenarios.FREE_TEXT_FORM)).block();
        String assignmentId = submitted(workers, 4, hit.hitId(), "wait for it");
        BigDecimal before = sim.balance();
        sim.clock().advance(Duration.ofHours(2));
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().assignmentStatus()))
                .expectNext(AssignmentStatus.APPROVED)
                .verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.12")), sim.balance());
    }

    @Test
    void approvingAnAssignmentOfATenAssignmentHitChargesFortyPercent(MTurkClient client, MTurkSimulator sim,
                                                                    SimulatedWorkers workers) {
        Hit hit = newHit(client, "Ten assignments", 10);
        String assignmentId = submitted(workers, 5, hit.hitId(), "forty percent");
        BigDecimal before = sim.balance();
        StepVerifier.create(client.approveAssignment(assignmentId)).verifyComplete();
        assertEquals(before.subtract(new BigDecimal("0.14")), sim.balance());
    }

    @Test
    void approvingAnAlreadyApprovedAssignmentFailsWithTheServiceCode(MTurkClient client, SimulatedWorkers workers) {
        Hit hit = newHit(client, "Approved twice", 1);
        String assignmentId = submitted(workers, 6, hit.hitId(), "twice");
        client.approveAssignment(assignmentId).block();
        StepVerifier.create(client.approveAssignment(assignmentId))
                .expectErrorSatisfies(e -> assertEquals("AWS.MechanicalTurk.InvalidAssignmentState",
                        assertInstanceOf(mturk.reactive.core.MTurkServiceException.class, e).errorCode()))
                .verify();
    }

    @Test
    void bonusPaymentGrantTimeIsTheSimulatedNow(MTurkClient client, SimulatedWorkers workers,
                                                mturk.reactive.simulator.SimulatorClock clock) {
        Hit hit = newHit(client, "Timed bonus", 1);
        String assignmentId = submitted(workers, 7, hit.hitId(), "timed");
        client.approveAssignment(assignmentId).block();
        client.grantBonus(worker(workers, 7), assignmentId, Price.usd("0.05"), "on time").block();
        StepVerifier.create(client.getAllBonusPayments(GetBonusPaymentsRequest.forAssignment(assignmentId,
                        PageRequest.DEFAULT)).map(BonusPayment::grantTime))
                .expectNext(clock.now())
                .verifyComplete();
    }

    @Test
    void anHtmlQuestionsFormFieldsArriveAsFreeTextAnswers(MTurkClient client, SimulatedWorkers workers) {
        String html = "<HTMLQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2011-11-11/HTMLQuestion.xsd\"><HTMLContent><![CDATA[<!DOCTYPE html><html><body>"
                + "<form name='mturk_form' method='post' action='https://www.mturk.com/mturk/externalSubmit'>"
                + "<input type='hidden' name='assignmentId' value=''/>"
                + "<input type='text' name='city'/><select name='size'><option value='s'>S</option></select>"
                + "<input type='submit'/></form></body></html>]]></HTMLContent><FrameHeight>400</FrameHeight>"
                + "</HTMLQuestion>";
        Hit hit = client.createHit(b -> b.title("HTML form").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofHours(1)).lifetime(Duration.ofDays(1)).question(html)).block();
        String assignmentId = workers.accept(worker(workers, 1), hit.hitId());
        workers.submit(assignmentId);
        StepVerifier.create(client.getAssignment(assignmentId).map(x -> x.assignment().answers()))
                .assertNext(answers -> {
                    List<String> ids = answers.stream().map(a -> a.questionIdentifier()).toList();
                    assertTrue(ids.containsAll(List.of("city", "size")), ids.toString());
                    FreeTextAnswer size = answers.stream().filter(a -> a.questionIdentifier().equals("size"))
                            .map(FreeTextAnswer.class::cast).findFirst().orElseThrow();
                    assertEquals("s", size.text());
                })
                .verifyComplete();
    }
}
