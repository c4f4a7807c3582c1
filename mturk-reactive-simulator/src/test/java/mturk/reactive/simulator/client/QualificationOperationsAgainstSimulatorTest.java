package mturk.reactive.simulator.client;

import static mturk.reactive.simulator.client.Scenarios.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.MTurkServiceException;
import mturk.reactive.model.Qualification;
import mturk.reactive.model.QualificationRequest;
import mturk.reactive.model.QualificationStatus;
import mturk.reactive.model.QualificationType;
import mturk.reactive.model.QualificationTypeStatus;
import mturk.reactive.model.request.GetQualificationsForQualificationTypeRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.UpdateQualificationTypeRequest;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.junit.MTurkSimulatorTest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The core client's qualification type, request and score operations, answered by the simulator. */
@MTurkSimulatorTest(seed = 13, workers = 6)
class QualificationOperationsAgainstSimulatorTest {

    private static QualificationType newType(MTurkClient client, String name) {
        return client.createQualificationType(b -> b.name(name).description("Qualification " + name)
                .keywords("sim, client").qualificationTypeStatus(QualificationTypeStatus.ACTIVE)
                .retryDelay(Duration.ofDays(1))).block();
    }

    @Test
    void createQualificationTypeReturnsTheTypeAndGetReadsItBack(MTurkClient client) {
        QualificationType created = newType(client, "Created type");
        assertEquals("Created type", created.name());
        StepVerifier.create(client.getQualificationType(created.qualificationTypeId()))
                .assertNext(t -> {
                    assertEquals(created.qualificationTypeId(), t.qualificationTypeId());
                    assertEquals("Qualification Created type", t.description());
                    assertEquals(QualificationTypeStatus.ACTIVE, t.qualificationTypeStatus());
                    assertEquals(Duration.ofDays(1), t.retryDelay());
                    assertEquals(created.creationTime(), t.creationTime());
                })
                .verifyComplete();
    }

    @Test
    void updateQualificationTypeChangesDescriptionAndStatus(MTurkClient client) {
        QualificationType type = newType(client, "Updated type");
        StepVerifier.create(client.updateQualificationType(UpdateQualificationTypeRequest.builder()
                        .qualificationTypeId(type.qualificationTypeId()).description("Now inactive")
                        .qualificationTypeStatus(QualificationTypeStatus.INACTIVE).build()))
                .assertNext(t -> assertEquals("Now inactive", t.description()))
                .verifyComplete();
        StepVerifier.create(client.getQualificationType(type.qualificationTypeId()))
                .assertNext(t -> {
                    assertEquals("Now inactive", t.description());
                    assertEquals(QualificationTypeStatus.INACTIVE, t.qualificationTypeStatus());
                })
                .verifyComplete();
    }

    @Test
    void searchQualificationTypesFindsATypeByItsName(MTurkClient client) {
        QualificationType type = newType(client, "Searchable zebra");
        StepVerifier.create(client.searchQualificationTypes("zebra"))
                .assertNext(page -> {
                    assertEquals(1, page.totalNumResults());
                    assertEquals(type.qualificationTypeId(), page.items().get(0).qualificationTypeId());
                })
                .verifyComplete();
    }

    @Test
    void disposeQualificationTypeRemovesItFromSearches(MTurkClient client) {
        QualificationType type = newType(client, "Disposed walrus");
        StepVerifier.create(client.disposeQualificationType(type.qualificationTypeId())).verifyComplete();
        StepVerifier.create(client.searchQualificationTypes("walrus"))
                .assertNext(page -> assertEquals(0, page.totalNumResults()))
                .verifyComplete();
    }

    @Test
    void aWorkersRequestIsListedAndGrantingItGivesTheWorkerTheValue(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = newType(client, "Requested and granted");
        String requestId = workers.requestQualification(worker(workers, 0), type.qualificationTypeId(), null);
        StepVerifier.create(client.getQualificationRequests(type.qualificationTypeId()))
                .assertNext(page -> {
                    assertEquals(1, page.totalNumResults());
                    QualificationRequest r = page.items().get(0);
                    assertEquals(requestId, r.qualificationRequestId());
                    assertEquals(worker(workers, 0), r.subjectId());
                    assertEquals(type.qualificationTypeId(), r.qualificationTypeId());
                })
                .verifyComplete();
        StepVerifier.create(client.grantQualification(requestId, 7)).verifyComplete();
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 0)))
                .assertNext(q -> {
                    assertEquals(7, q.integerValue());
                    assertEquals(QualificationStatus.GRANTED, q.status());
                })
                .verifyComplete();
        StepVerifier.create(client.getAllQualificationRequests(type.qualificationTypeId())).verifyComplete();
    }

    @Test
    void rejectingARequestRemovesItAndGrantsNothing(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = newType(client, "Requested and rejected");
        String requestId = workers.requestQualification(worker(workers, 1), type.qualificationTypeId(), null);
        StepVerifier.create(client.rejectQualificationRequest(requestId, "Not this time")).verifyComplete();
        StepVerifier.create(client.getAllQualificationRequests(type.qualificationTypeId())).verifyComplete();
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 1)))
                .expectErrorSatisfies(e -> assertInstanceOf(MTurkServiceException.class, e))
                .verify();
    }

    @Test
    void assignQualificationGivesTheScoreAndUpdateChangesIt(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = newType(client, "Assigned and updated");
        StepVerifier.create(client.assignQualification(type.qualificationTypeId(), worker(workers, 2), 50, false))
                .verifyComplete();
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 2))
                        .map(Qualification::integerValue))
                .expectNext(50)
                .verifyComplete();
        StepVerifier.create(client.updateQualificationScore(type.qualificationTypeId(), worker(workers, 2), 80))
                .verifyComplete();
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 2)))
                .assertNext(q -> {
                    assertEquals(80, q.integerValue());
                    assertEquals(worker(workers, 2), q.subjectId());
                    assertEquals(type.qualificationTypeId(), q.qualificationTypeId());
                })
                .verifyComplete();
    }

    @Test
    void revokeQualificationMovesTheWorkerToTheRevokedListing(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = newType(client, "Revoked");
        client.assignQualification(type.qualificationTypeId(), worker(workers, 3), 10, false).block();
        client.assignQualification(type.qualificationTypeId(), worker(workers, 4), 20, false).block();
        StepVerifier.create(client.revokeQualification(worker(workers, 3), type.qualificationTypeId(), "Cheated"))
                .verifyComplete();
        StepVerifier.create(client.getAllQualificationsForQualificationType(type.qualificationTypeId())
                        .map(Qualification::subjectId))
                .expectNext(worker(workers, 4))
                .verifyComplete();
        StepVerifier.create(client.getAllQualificationsForQualificationType(
                        new GetQualificationsForQualificationTypeRequest(type.qualificationTypeId(),
                                QualificationStatus.REVOKED, PageRequest.DEFAULT)))
                .assertNext(q -> {
                    assertEquals(worker(workers, 3), q.subjectId());
                    assertEquals(QualificationStatus.REVOKED, q.status());
                })
                .verifyComplete();
    }

    @Test
    void getQualificationsForQualificationTypeReturnsAPageOfGrantedQualifications(MTurkClient client,
                                                                                 SimulatedWorkers workers) {
        QualificationType type = newType(client, "Listed page");
        for (int i = 0; i < 3; i++) {
            client.assignQualification(type.qualificationTypeId(), worker(workers, i), i, false).block();
        }
        StepVerifier.create(client.getQualificationsForQualificationType(type.qualificationTypeId()))
                .assertNext(page -> {
                    assertEquals(3, page.totalNumResults());
                    assertTrue(page.items().stream().map(Qualification::subjectId).toList()
                            .containsAll(List.of(worker(workers, 0), worker(workers, 1), worker(workers, 2))));
                })
                .verifyComplete();
    }

    @Test
    void anUnknownQualificationTypeArrivesAsAServiceException(MTurkClient client) {
        StepVerifier.create(client.getQualificationType("3NOSUCHTYPE00000000000000000Z"))
                .expectErrorSatisfies(e -> assertEquals("GetQualificationType",
                        assertInstanceOf(MTurkServiceException.class, e).operation()))
                .verify();
    }

    @Test
    void grantingARequestWithoutAValueGivesTheValueOne(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = newType(client, "Granted with the default");
        String requestId = workers.requestQualification(worker(workers, 5), type.qualificationTypeId(), null);
        StepVerifier.create(client.grantQualification(requestId)).verifyComplete();
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 5))
                        .map(Qualification::integerValue))
                .expectNext(1)
                .verifyComplete();
    }

    private static final String TEST = "<QuestionForm xmlns=\"" + Scenarios.FORM_NS + "\"><Question>"
            + "<QuestionIdentifier>fav</QuestionIdentifier><QuestionContent><Text>Colour?</Text></QuestionContent>"
            + "<AnswerSpecification><SelectionAnswer><Selections><Selection><SelectionIdentifier>r"
            + "</SelectionIdentifier><Text>Red</Text></Selection><Selection><SelectionIdentifier>b"
            + "</SelectionIdentifier><Text>Blue</Text></Selection></Selections></SelectionAnswer>"
            + "</AnswerSpecification></Question></QuestionForm>";

    private static String testAnswer(String selection) {
        return "<QuestionFormAnswers xmlns=\"" + Scenarios.ANSWERS_NS + "\"><Answer><QuestionIdentifier>fav"
                + "</QuestionIdentifier><SelectionIdentifier>" + selection + "</SelectionIdentifier></Answer>"
                + "</QuestionFormAnswers>";
    }

    @Test
    void aRequestForATypeWithATestCarriesTheWorkersDecodedAnswer(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = client.createQualificationType(b -> b.name("With a test").description("d")
                .qualificationTypeStatus(QualificationTypeStatus.ACTIVE).test(TEST)
                .testDuration(Duration.ofMinutes(5))).block();
        workers.requestQualification(worker(workers, 3), type.qualificationTypeId(), testAnswer("b"));
        StepVerifier.create(client.getAllQualificationRequests(type.qualificationTypeId()))
                .assertNext(r -> {
                    assertEquals(TEST, r.test());
                    assertEquals(List.of(mturk.reactive.model.answer.SelectionAnswer.of("fav", "b")), r.answers());
                })
                .verifyComplete();
    }

    @Test
    void aTestWithAnAnswerKeyIsScoredWithoutARequestToReview(MTurkClient client, SimulatedWorkers workers) {
        String answerKey = "<AnswerKey xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2005-10-01/AnswerKey.xsd\"><Question><QuestionIdentifier>fav</QuestionIdentifier><AnswerOption>"
                + "<SelectionIdentifier>b</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption>"
                + "</Question></AnswerKey>";
        QualificationType type = client.createQualificationType(b -> b.name("Scored test").description("d")
                .qualificationTypeStatus(QualificationTypeStatus.ACTIVE).test(TEST).answerKey(answerKey)
                .testDuration(Duration.ofMinutes(5))).block();
        workers.requestQualification(worker(workers, 4), type.qualificationTypeId(), testAnswer("b"));
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 4))
                        .map(Qualification::integerValue))
                .expectNext(10)
                .verifyComplete();
        StepVerifier.create(client.getAllQualificationRequests(type.qualificationTypeId())).verifyComplete();
    }

    @Test
    void anAutoGrantedTypeGivesItsValueOnRequest(MTurkClient client, SimulatedWorkers workers) {
        QualificationType type = client.createQualificationType(b -> b.name("Auto granted").description("d")
                .qualificationTypeStatus(QualificationTypeStatus.ACTIVE).autoGranted(true).autoGrantedValue(3))
                .block();
        assertEquals(Boolean.TRUE, type.autoGranted());
        workers.requestQualification(worker(workers, 5), type.qualificationTypeId(), null);
        StepVerifier.create(client.getQualificationScore(type.qualificationTypeId(), worker(workers, 5))
                        .map(Qualification::integerValue))
                .expectNext(3)
                .verifyComplete();
    }
}
