package mturk.reactive.core;

import static mturk.reactive.core.Expect.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.HelpInformation.OperationHelp;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentSortProperty;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.BonusPayment;
import mturk.reactive.model.DataPoint;
import mturk.reactive.model.FileUploadUrl;
import mturk.reactive.model.HelpType;
import mturk.reactive.model.Hit;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.NotifyWorkersFailure;
import mturk.reactive.model.NotifyWorkersFailureCode;
import mturk.reactive.model.Page;
import mturk.reactive.model.Price;
import mturk.reactive.model.Qualification;
import mturk.reactive.model.QualificationRequest;
import mturk.reactive.model.QualificationRequestSortProperty;
import mturk.reactive.model.QualificationStatus;
import mturk.reactive.model.QualificationType;
import mturk.reactive.model.QualificationTypeStatus;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.SortDirection;
import mturk.reactive.model.StatisticResult;
import mturk.reactive.model.TimePeriod;
import mturk.reactive.model.WorkerBlock;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.request.AssignQualificationRequest;
import mturk.reactive.model.request.CreateQualificationTypeRequest;
import mturk.reactive.model.request.GetAssignmentsForHitRequest;
import mturk.reactive.model.request.GetBlockedWorkersRequest;
import mturk.reactive.model.request.GetBonusPaymentsRequest;
import mturk.reactive.model.request.GetQualificationRequestsRequest;
import mturk.reactive.model.request.GetQualificationsForQualificationTypeRequest;
import mturk.reactive.model.request.GetRequesterStatisticRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.HelpRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.SearchQualificationTypesRequest;
import mturk.reactive.model.request.UpdateQualificationTypeRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

/**
 * Every assignment, bonus, worker, qualification, statistics, help and account operation against a loopback server:
 * the exact parameters sent and the record decoded from the example responses of the API notes.
 */
@ExtendWith(LeakCheckExtension.class)
class AssignmentAndQualificationOperationsTest {

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
    }

    private static final String QFA = "<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd\">";

    // ---- assignments ----

    @Test
    void getAssignmentSendsTheIdAndDecodesTheAssignmentTypedAnswersAndHit() {
        String answerXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + QFA + "\n<Answer>\n"
                + "<QuestionIdentifier>Q1HasEvents</QuestionIdentifier>\n<FreeText>no</FreeText>\n</Answer>\n"
                + "</QuestionFormAnswers>\n";
        AssignmentWithHit expected = new AssignmentWithHit(Assignment.builder()
                .assignmentId("3DR23U6WE6RZ27DEYI0P5KERFGUTEW").workerId("A100VV1V2XDQI7")
                .hitId("307FVKVSYRSRPNLK67G92IFZ9ED74M").assignmentStatus(AssignmentStatus.APPROVED)
                .autoApprovalTime(Instant.parse("2014-05-05T06:10:41Z")).acceptTime(Instant.parse("2014-05-04T22:07:54Z"))
                .submitTime(Instant.parse("2014-05-04T22:10:41Z")).approvalTime(Instant.parse("2014-05-05T06:12:23Z"))
                .answerXml(answerXml).answer(new FreeTextAnswer("Q1HasEvents", "no")).build(),
                Hit.builder().hitId("307FVKVSYRSRPNLK67G92IFZ9ED74M").hitTypeId("3LJ9P5KQ15SEBJ4U29CY8J4HJJBTYQ")
                        .build());

        StepVerifier.create(client.getAssignment("3DR23U6WE6RZ27DEYI0P5KERFGUTEW"))
                .expectNext(expected)
                .verifyComplete();

        assertEquals(params("Operation", "GetAssignment", "AssignmentId", "3DR23U6WE6RZ27DEYI0P5KERFGUTEW"),
                server.onlyRequest());
    }

    @Test
    void getAssignmentOfAnUnknownIdFailsWithTheServiceErrorAndItsData() {
        server.respond(RecordingServer.always("GetAssignment-AssignmentDoesNotExist.xml"));

        StepVerifier.create(client.getAssignment("ASSIGNMENT_ID_NOT_AVAILABLE", ResponseGroup.ASSIGNMENT_FEEDBACK))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = (MTurkServiceException) e;
                    assertEquals("AWS.MechanicalTurk.AssignmentDoesNotExist", s.errorCode());
                    assertEquals(Map.of("AssignmentId", "ASSIGNMENT_ID_NOT_AVAILABLE"), s.errors().get(0).data());
                    assertEquals("d33692e5-8499-49e5-bbe9-078fdc5e2e1c", s.requestId().orElseThrow());
                })
                .verify(Duration.ofSeconds(10));
        assertEquals(params("Operation", "GetAssignment", "AssignmentId", "ASSIGNMENT_ID_NOT_AVAILABLE",
                "ResponseGroup.1", "AssignmentFeedback"), server.onlyRequest());
    }

    @Test
    void getAssignmentsSendsBoto2sDefaultsAndDecodesThePage() {
        String answerXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + QFA + "\n<Answer>\n"
                + "<QuestionIdentifier>tweet</QuestionIdentifier>\n<FreeText>This is my tweet!</FreeText>\n</Answer>\n"
                + "</QuestionFormAnswers>\n";
        Assignment expected = Assignment.builder().assignmentId("32A8TDZQEZYRV84XKZ4ZBT6JT05DKJRZ1BC42YSZ")
                .workerId("ADOJP7RNRYAFG").hitId("32A8TDZQEZYRV84XKZ4Z").assignmentStatus(AssignmentStatus.SUBMITTED)
                .autoApprovalTime(Instant.parse("2009-11-25T05:17:32Z")).acceptTime(Instant.parse("2009-10-26T05:17:18Z"))
                .submitTime(Instant.parse("2009-10-26T05:17:32Z")).answerXml(answerXml)
                .answer(new FreeTextAnswer("tweet", "This is my tweet!")).build();

        StepVerifier.create(client.getAssignments("32A8TDZQEZYRV84XKZ4Z"))
                .expectNext(new Page<>(List.of(expected), 1, 1, 1))
                .verifyComplete();

        assertEquals(params("Operation", "GetAssignmentsForHIT", "HITId", "32A8TDZQEZYRV84XKZ4Z",
                "SortProperty", "SubmitTime", "SortDirection", "Ascending", "PageSize", "10", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAssignmentsSendsStatusesCommaSeparatedWithSortPageAndGroups() {
        StepVerifier.create(client.getAssignments(GetAssignmentsForHitRequest.builder().hitId("H")
                        .assignmentStatuses(List.of(AssignmentStatus.APPROVED, AssignmentStatus.REJECTED))
                        .sortProperty(AssignmentSortProperty.ACCEPT_TIME).sortDirection(SortDirection.DESCENDING)
                        .page(25, 2).responseGroup(ResponseGroup.ASSIGNMENT_FEEDBACK).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "GetAssignmentsForHIT", "HITId", "H", "AssignmentStatus", "Approved,Rejected",
                "SortProperty", "AcceptTime", "SortDirection", "Descending", "PageSize", "25", "PageNumber", "2",
                "ResponseGroup.1", "AssignmentFeedback"), server.onlyRequest());
    }

    @Test
    void approveAssignmentSendsFeedbackOnlyWhenGiven() {
        StepVerifier.create(client.approveAssignment("A1")).verifyComplete();
        StepVerifier.create(client.approveAssignment("A2", "Great work & thanks")).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "ApproveAssignment", "AssignmentId", "A1"),
                RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "ApproveAssignment", "AssignmentId", "A2",
                "RequesterFeedback", "Great work & thanks"), RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void approveAssignmentWithControlCharactersInFeedbackThrowsBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.approveAssignment("A1", "bad\u0001"));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void rejectAssignmentSendsIdAndFeedback() {
        StepVerifier.create(client.rejectAssignment("A1", "Blank answers")).verifyComplete();

        assertEquals(params("Operation", "RejectAssignment", "AssignmentId", "A1", "RequesterFeedback",
                "Blank answers"), server.onlyRequest());
    }

    @Test
    void rejectAssignmentWithoutFeedbackSendsOnlyTheId() {
        StepVerifier.create(client.rejectAssignment("A1")).verifyComplete();

        assertEquals(params("Operation", "RejectAssignment", "AssignmentId", "A1"), server.onlyRequest());
    }

    @Test
    void approveRejectedAssignmentSendsIdAndFeedback() {
        StepVerifier.create(client.approveRejectedAssignment("A1", "Sorry")).verifyComplete();
        StepVerifier.create(client.approveRejectedAssignment("A2")).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "ApproveRejectedAssignment", "AssignmentId", "A1", "RequesterFeedback",
                "Sorry"), RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "ApproveRejectedAssignment", "AssignmentId", "A2"),
                RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void getFileUploadUrlSendsAssignmentAndQuestionAndReturnsTheUrl() {
        StepVerifier.create(client.getFileUploadUrl("aid", "qid"))
                .expectNext(new FileUploadUrl("http://s3.amazonaws.com/myawsbucket/puppy.jpg"))
                .verifyComplete();

        assertEquals(params("Operation", "GetFileUploadURL", "AssignmentId", "aid", "QuestionIdentifier", "qid"),
                server.onlyRequest());
    }

    // ---- bonuses ----

    @Test
    void grantBonusSendsThePriceReasonAndAGeneratedToken() {
        StepVerifier.create(client.grantBonus("W1", "A1", Price.usd("1.50"), "Extra effort")).verifyComplete();

        Map<String, String> sent = server.onlyRequest();
        assertFalse(sent.remove("UniqueRequestToken").isBlank());
        assertEquals(params("Operation", "GrantBonus", "WorkerId", "W1", "AssignmentId", "A1",
                "BonusAmount.1.Amount", "1.50", "BonusAmount.1.CurrencyCode", "USD", "Reason", "Extra effort"), sent);
    }

    @Test
    void grantBonusSendsTheCallersToken() {
        StepVerifier.create(client.grantBonus(GrantBonusRequest.of("W1", "A1", Price.usdCents(5), "r")
                .withUniqueRequestToken("bonus-A1"))).verifyComplete();

        assertEquals("bonus-A1", server.onlyRequest().get("UniqueRequestToken"));
    }

    @Test
    void grantBonusAnsweredWithDuplicateCallIsSuccess() {
        server.respond(RecordingServer.always("GrantBonus-DuplicateCall.xml"));

        StepVerifier.create(client.grantBonus("W1", "A1", Price.usd("1.50"), "Extra effort")).verifyComplete();
    }

    @Test
    void grantBonusRetriedAfterAThrottleReusesTheTokenAndTheReplayIsSuccess() {
        String duplicate = RecordingServer.fixture("GrantBonus-DuplicateCall.xml");
        try (MTurkClient retrying = server.clientBuilder().retryPolicy(new RetryPolicy(2, Duration.ofMillis(1),
                Duration.ofMillis(2), 0, reactor.core.scheduler.Schedulers.parallel())).build()) {
            server.respond(p -> server.requests().size() == 1
                    ? new RecordingServer.Response(503, "<GrantBonusResponse><OperationRequest><Errors><Error><Code>"
                            + "AWS.ServiceUnavailable</Code><Message>busy</Message></Error></Errors></OperationRequest>"
                            + "</GrantBonusResponse>")
                    : RecordingServer.Response.ok(duplicate));

            StepVerifier.create(retrying.grantBonus("W1", "A1", Price.usd("1.50"), "r")).verifyComplete();
        }
        List<Map<String, String>> sent = server.requests();
        assertEquals(2, sent.size());
        assertEquals(sent.get(0).get("UniqueRequestToken"), sent.get(1).get("UniqueRequestToken"));
    }

    @Test
    void getBonusPaymentsSendsTheHitAndPageAndDecodesThePayments() {
        StepVerifier.create(client.getBonusPayments(GetBonusPaymentsRequest.forHit("H1", PageRequest.of(3, 1))))
                .assertNext(page -> {
                    assertEquals(3, page.numResults());
                    assertEquals(3, page.items().size());
                    assertEquals(BonusPayment.builder().workerId("AGDRU4D1VTQLB")
                            .bonusAmount(new Price(new BigDecimal("0.04"), "USD", "$0.04"))
                            .assignmentId("180E4LY5TVT3R8QIIGL8GNEZWCF0UF")
                            .reason("Congrats! You earned a $0.04 bonus!")
                            .grantTime(Instant.parse("2010-09-17T20:16:40Z")).build(), page.items().get(0));
                    assertEquals("Thanks & well done", page.items().get(2).reason());
                })
                .verifyComplete();

        assertEquals(params("Operation", "GetBonusPayments", "HITId", "H1", "PageSize", "3", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAllBonusPaymentsOfAnAssignmentAsksForPagesOfOneHundred() {
        StepVerifier.create(client.getAllBonusPayments(GetBonusPaymentsRequest.forAssignment("A1", null)))
                .expectNextCount(3)
                .verifyComplete();

        assertEquals(params("Operation", "GetBonusPayments", "AssignmentId", "A1", "PageSize", "100",
                "PageNumber", "1"), server.onlyRequest());
    }

    // ---- workers ----

    @Test
    void blockWorkerSendsWorkerAndReason() {
        StepVerifier.create(client.blockWorker("W1", "Spam")).verifyComplete();

        assertEquals(params("Operation", "BlockWorker", "WorkerId", "W1", "Reason", "Spam"), server.onlyRequest());
    }

    @Test
    void unblockWorkerSendsTheReasonOnlyWhenGiven() {
        StepVerifier.create(client.unblockWorker("W1", null)).verifyComplete();

        assertEquals(params("Operation", "UnblockWorker", "WorkerId", "W1"), server.onlyRequest());
    }

    @Test
    void getBlockedWorkersSendsThePageAndDecodesTheBlocks() {
        StepVerifier.create(client.getBlockedWorkers(new GetBlockedWorkersRequest(null, null)))
                .expectNext(new Page<>(List.of(new WorkerBlock("A2QWESAMPLE1", "Poor quality work"),
                        new WorkerBlock("A2QWESAMPLE2", "Spam")), 2, 2, 1))
                .verifyComplete();

        assertEquals(params("Operation", "GetBlockedWorkers", "PageSize", "10", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAllBlockedWorkersAsksForPagesOfOneHundred() {
        StepVerifier.create(client.getAllBlockedWorkers()).expectNextCount(2).verifyComplete();

        assertEquals(params("Operation", "GetBlockedWorkers", "PageSize", "100", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void notifyWorkersSendsSubjectTextAndIndexedWorkersAndReturnsTheFailures() {
        StepVerifier.create(client.notifyWorkers(List.of("W1", "A2"), "Hëllo", "Line1\nLine2 & <tag>"))
                .expectNext(List.of(new NotifyWorkersFailure(NotifyWorkersFailureCode.HARD_FAILURE, null,
                        "Cannot send notification because you have never paid this worker.", "A2")))
                .verifyComplete();

        assertEquals(params("Operation", "NotifyWorkers", "Subject", "Hëllo", "MessageText", "Line1\nLine2 & <tag>",
                "WorkerId.1", "W1", "WorkerId.2", "A2"), server.onlyRequest());
    }

    @Test
    void notifyWorkersWithoutFailuresReturnsAnEmptyList() {
        server.respond(p -> RecordingServer.Response.ok(RecordingServer.emptyResult("NotifyWorkers")));

        StepVerifier.create(client.notifyWorkers(List.of("W1"), "s", "m")).expectNext(List.of()).verifyComplete();
    }

    // ---- qualification types ----

    private static QualificationType createdType(String status, String description) {
        return QualificationType.builder().qualificationTypeId("ZSPJXD4F1SFZP7YNJWR0")
                .creationTime(Instant.parse("2009-07-13T17:26:33Z")).name("SampleQualificationTest")
                .description(description).qualificationTypeStatusWire(status).autoGranted(false).build();
    }

    @Test
    void createQualificationTypeSendsEverySetFieldWithLowercaseBooleans() {
        StepVerifier.create(client.createQualificationType(b -> b.name("SampleQualificationTest")
                        .description("Description of my qualification test.").keywords("k1, k2")
                        .retryDelay(Duration.ofDays(1)).autoGranted(true).autoGrantedValue(5)))
                .expectNext(createdType("Active", "Description of my qualification test."))
                .verifyComplete();

        assertEquals(params("Operation", "CreateQualificationType", "Name", "SampleQualificationTest",
                "Description", "Description of my qualification test.", "QualificationTypeStatus", "Active",
                "Keywords", "k1, k2", "RetryDelayInSeconds", "86400", "AutoGranted", "true",
                "AutoGrantedValue", "5"), server.onlyRequest());
    }

    @Test
    void createQualificationTypeWithATestSendsTestAnswerKeyAndDuration() {
        String test = "<QuestionForm xmlns=\"x\"><Overview><Text>t</Text></Overview></QuestionForm>";
        StepVerifier.create(client.createQualificationType(CreateQualificationTypeRequest.builder().name("N")
                        .description("D").qualificationTypeStatus(QualificationTypeStatus.INACTIVE).test(test)
                        .answerKey("<AnswerKey/>").testDuration(Duration.ofMinutes(20)).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "CreateQualificationType", "Name", "N", "Description", "D",
                "QualificationTypeStatus", "Inactive", "Test", test, "AnswerKey", "<AnswerKey/>",
                "TestDurationInSeconds", "1200"), server.onlyRequest());
    }

    @Test
    void getQualificationTypeSendsTheIdAndDecodesTheType() {
        StepVerifier.create(client.getQualificationType("ZSPJXD4F1SFZP7YNJWR0"))
                .expectNext(createdType("Active", "Description of my qualification test."))
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationType", "QualificationTypeId", "ZSPJXD4F1SFZP7YNJWR0"),
                server.onlyRequest());
    }

    @Test
    void updateQualificationTypeSendsOnlyTheFieldsToChange() {
        StepVerifier.create(client.updateQualificationType(new UpdateQualificationTypeRequest("ZSPJXD4F1SFZP7YNJWR0",
                        "D2", QualificationTypeStatus.INACTIVE, Duration.ofSeconds(10), null, null, null, false, 0)))
                .expectNext(createdType("Inactive", "D2"))
                .verifyComplete();

        assertEquals(params("Operation", "UpdateQualificationType", "QualificationTypeId", "ZSPJXD4F1SFZP7YNJWR0",
                "Description", "D2", "QualificationTypeStatus", "Inactive", "RetryDelayInSeconds", "10",
                "AutoGranted", "false", "AutoGrantedValue", "0"), server.onlyRequest());
    }

    @Test
    void disposeQualificationTypeSendsTheId() {
        StepVerifier.create(client.disposeQualificationType("QT")).verifyComplete();

        assertEquals(params("Operation", "DisposeQualificationType", "QualificationTypeId", "QT"),
                server.onlyRequest());
    }

    @Test
    void searchQualificationTypesSendsBoto2sDefaultsWithoutANoneQuery() {
        QualificationType expected = QualificationType.builder().qualificationTypeId("WKAZMYZDCYCZP412TZEZ")
                .creationTime(Instant.parse("2009-05-17T10:05:15Z")).name("WebReviews Qualification Master Test")
                .description("This qualification will allow you to earn more on the WebReviews HITs.")
                .keywords("WebReviews, webreviews, web reviews").qualificationTypeStatus(QualificationTypeStatus.ACTIVE)
                .test("<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                        + "2005-10-01/QuestionForm.xsd\"><Overview><Title>WebReviews Survey</Title></Overview>"
                        + "</QuestionForm>")
                .testDuration(Duration.ofSeconds(1200)).retryDelay(Duration.ofDays(1)).isRequestable(true)
                .autoGranted(false).build();

        StepVerifier.create(client.searchQualificationTypes((String) null))
                .expectNext(new Page<>(List.of(expected), 1, 1, 1))
                .verifyComplete();

        assertEquals(params("Operation", "SearchQualificationTypes", "SortProperty", "Name", "SortDirection",
                "Ascending", "PageSize", "10", "PageNumber", "1", "MustBeRequestable", "true",
                "MustBeOwnedByCaller", "true"), server.onlyRequest());
    }

    @Test
    void searchAllQualificationTypesSendsTheQueryAndFiltersWithPagesOfOneHundred() {
        StepVerifier.create(client.searchAllQualificationTypes(SearchQualificationTypesRequest.builder()
                        .query("web").mustBeRequestable(false).mustBeOwnedByCaller(false).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "SearchQualificationTypes", "Query", "web", "SortProperty", "Name",
                "SortDirection", "Ascending", "PageSize", "100", "PageNumber", "1", "MustBeRequestable", "false",
                "MustBeOwnedByCaller", "false"), server.onlyRequest());
    }

    // ---- qualification requests and qualifications ----

    @Test
    void getQualificationRequestsSendsSubmitTimeByDefaultAndParsesTheTestAnswers() {
        StepVerifier.create(client.getQualificationRequests("789RVWYBAZW00EXAMPLE"))
                .assertNext(page -> {
                    QualificationRequest r = page.items().get(0);
                    assertEquals("789RVWYBAZW00EXAMPLE951RVWYBAZW00EXAMPLE", r.qualificationRequestId());
                    assertEquals("789RVWYBAZW00EXAMPLE", r.qualificationTypeId());
                    assertEquals("AZ3456EXAMPLE", r.subjectId());
                    assertEquals(Instant.parse("2005-12-01T23:59:59Z"), r.submitTime());
                    assertTrue(r.test().startsWith("<QuestionForm "), r.test());
                    assertEquals(List.of(SelectionAnswer.of("color", "red")), r.answers());
                })
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationRequests", "QualificationTypeId", "789RVWYBAZW00EXAMPLE",
                "SortProperty", "SubmitTime", "SortDirection", "Ascending", "PageSize", "10", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAllQualificationRequestsOfAllTypesSendsNoTypeAndPagesOfOneHundred() {
        StepVerifier.create(client.getAllQualificationRequests(GetQualificationRequestsRequest.builder()
                        .sortProperty(QualificationRequestSortProperty.QUALIFICATION_TYPE_ID).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationRequests", "SortProperty", "QualificationTypeId",
                "SortDirection", "Ascending", "PageSize", "100", "PageNumber", "1"), server.onlyRequest());
    }

    @Test
    void grantQualificationSendsTheRequestAndValue() {
        StepVerifier.create(client.grantQualification("QR1")).verifyComplete();
        StepVerifier.create(client.grantQualification("QR2", 7)).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "GrantQualification", "QualificationRequestId", "QR1", "IntegerValue", "1"),
                RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "GrantQualification", "QualificationRequestId", "QR2", "IntegerValue", "7"),
                RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void rejectQualificationRequestSendsTheRequestAndReason() {
        StepVerifier.create(client.rejectQualificationRequest("QR1", "Too few correct answers")).verifyComplete();

        assertEquals(params("Operation", "RejectQualificationRequest", "QualificationRequestId", "QR1",
                "Reason", "Too few correct answers"), server.onlyRequest());
    }

    @Test
    void assignQualificationSendsBoto2sDefaultsAsLowercaseBooleans() {
        StepVerifier.create(client.assignQualification("QT", "W1")).verifyComplete();
        StepVerifier.create(client.assignQualification("QT", "W2", 42, false)).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "AssignQualification", "QualificationTypeId", "QT", "WorkerId", "W1",
                "IntegerValue", "1", "SendNotification", "true"), RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "AssignQualification", "QualificationTypeId", "QT", "WorkerId", "W2",
                "IntegerValue", "42", "SendNotification", "false"), RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void assignQualificationWithARequestRecordSendsTheSameParameters() {
        StepVerifier.create(client.assignQualification(AssignQualificationRequest.of("QT", "W1"))).verifyComplete();

        assertEquals(params("Operation", "AssignQualification", "QualificationTypeId", "QT", "WorkerId", "W1",
                "IntegerValue", "1", "SendNotification", "true"), server.onlyRequest());
    }

    @Test
    void revokeQualificationOmitsAMissingReason() {
        StepVerifier.create(client.revokeQualification("W1", "QT", null)).verifyComplete();
        StepVerifier.create(client.revokeQualification("W2", "QT", "Cheating")).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "RevokeQualification", "SubjectId", "W1", "QualificationTypeId", "QT"),
                RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "RevokeQualification", "SubjectId", "W2", "QualificationTypeId", "QT",
                "Reason", "Cheating"), RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void getQualificationScoreSendsTypeAndWorkerAndDecodesTheQualification() {
        StepVerifier.create(client.getQualificationScore("789RVWYBAZW00EXAMPLE", "AZ3456EXAMPLE"))
                .expectNext(Qualification.builder().qualificationTypeId("789RVWYBAZW00EXAMPLE")
                        .subjectId("AZ3456EXAMPLE").grantTime(Instant.parse("2005-01-31T23:59:59Z")).integerValue(95)
                        .status(QualificationStatus.GRANTED).build())
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationScore", "QualificationTypeId", "789RVWYBAZW00EXAMPLE",
                "SubjectId", "AZ3456EXAMPLE"), server.onlyRequest());
    }

    @Test
    void updateQualificationScoreSendsTypeWorkerAndValue() {
        StepVerifier.create(client.updateQualificationScore("QT", "W1", 80)).verifyComplete();

        assertEquals(params("Operation", "UpdateQualificationScore", "QualificationTypeId", "QT", "SubjectId", "W1",
                "IntegerValue", "80"), server.onlyRequest());
    }

    @Test
    void getQualificationsForQualificationTypeSendsBoto2sPageSizeAndDecodesIntegerAndLocaleValues() {
        StepVerifier.create(client.getQualificationsForQualificationType("ZSPJXD4F1SFZP7YNJWR0"))
                .expectNext(new Page<>(List.of(
                        Qualification.builder().qualificationTypeId("ZSPJXD4F1SFZP7YNJWR0").subjectId("A1")
                                .grantTime(Instant.parse("2009-07-15T01:21:28.296Z")).integerValue(1)
                                .status(QualificationStatus.GRANTED).build(),
                        Qualification.builder().qualificationTypeId("ZSPJXD4F1SFZP7YNJWR0").subjectId("A2")
                                .grantTime(Instant.parse("2009-07-16T10:00:00Z"))
                                .localeValue(LocaleValue.of("US", "NY")).status(QualificationStatus.GRANTED).build()),
                        2, 2, 1))
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationsForQualificationType", "QualificationTypeId",
                "ZSPJXD4F1SFZP7YNJWR0", "Status", "Granted", "PageSize", "100", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getAllQualificationsForQualificationTypeOfRevokedOnesSendsTheStatus() {
        StepVerifier.create(client.getAllQualificationsForQualificationType(
                        new GetQualificationsForQualificationTypeRequest("QT", QualificationStatus.REVOKED, null)))
                .expectNextCount(2)
                .verifyComplete();

        assertEquals(params("Operation", "GetQualificationsForQualificationType", "QualificationTypeId", "QT",
                "Status", "Revoked", "PageSize", "100", "PageNumber", "1"), server.onlyRequest());
    }

    // ---- statistics, help, account ----

    @Test
    void getRequesterStatisticSendsStatisticPeriodAndCount() {
        StepVerifier.create(client.getRequesterStatistic(new GetRequesterStatisticRequest(
                        RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED, TimePeriod.ONE_DAY, 3)))
                .expectNext(StatisticResult.builder().statistic(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED)
                        .timePeriod(TimePeriod.THIRTY_DAYS)
                        .dataPoint(new DataPoint(Instant.parse("2011-09-05T07:00:00Z"), null, 281.0)).build())
                .verifyComplete();

        assertEquals(params("Operation", "GetRequesterStatistic", "Statistic", "NumberAssignmentsApproved",
                "TimePeriod", "OneDay", "Count", "3"), server.onlyRequest());
    }

    @Test
    void getRequesterStatisticForAPeriodSendsNoCount() {
        StepVerifier.create(client.getRequesterStatistic(RequesterStatistic.TOTAL_REWARD_PAYOUT,
                TimePeriod.LIFE_TO_DATE)).expectNextCount(1).verifyComplete();

        assertEquals(params("Operation", "GetRequesterStatistic", "Statistic", "TotalRewardPayout",
                "TimePeriod", "LifeToDate"), server.onlyRequest());
    }

    @Test
    void getRequesterWorkerStatisticSendsTheWorkerAndDecodesDataPointsInAnyOrder() {
        StepVerifier.create(client.getRequesterWorkerStatistic(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED,
                        "A2QWESAMPLE1", TimePeriod.ONE_DAY))
                .expectNext(StatisticResult.builder().statistic(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED)
                        .timePeriod(TimePeriod.ONE_DAY).workerId("A2QWESAMPLE1")
                        .dataPoint(new DataPoint(Instant.parse("2014-08-01T07:00:00Z"), 12L, null))
                        .dataPoint(new DataPoint(Instant.parse("2014-08-02T07:00:00Z"), 7L, null)).build())
                .verifyComplete();

        assertEquals(params("Operation", "GetRequesterWorkerStatistic", "Statistic", "NumberAssignmentsApproved",
                "WorkerId", "A2QWESAMPLE1", "TimePeriod", "OneDay"), server.onlyRequest());
    }

    @Test
    void getHelpSendsAboutAndTypeAndDecodesTheOperationInformation() {
        StepVerifier.create(client.getHelp("GetHIT"))
                .expectNext(new HelpInformation(List.of(new OperationHelp("GetHIT",
                        "Retrieves the details of the specified HIT.", List.of("HITId"),
                        List.of("HITId", "ResponseGroup"), List.of("Minimal", "HITDetail", "HITQuestion"),
                        List.of("Request", "Minimal", "HITDetail", "HITQuestion", "HITAssignmentSummary"))), List.of()))
                .verifyComplete();

        assertEquals(params("Operation", "Help", "About", "GetHIT", "HelpType", "Operation"), server.onlyRequest());
    }

    @Test
    void getHelpAboutSeveralResponseGroupsIndexesThem() {
        StepVerifier.create(client.getHelp(new HelpRequest(List.of("Minimal", "HITDetail"),
                HelpType.RESPONSE_GROUP))).expectNextCount(1).verifyComplete();

        assertEquals(params("Operation", "Help", "About.1", "Minimal", "About.2", "HITDetail",
                "HelpType", "ResponseGroup"), server.onlyRequest());
    }

    @Test
    void getAccountBalanceSendsNoParametersAndDecodesTheModelsBalance() {
        StepVerifier.create(client.getAccountBalance())
                .expectNext(new AccountBalance(new Price(new BigDecimal("15555.55"), "USD", "$15,555.55"), null))
                .verifyComplete();

        assertEquals(params("Operation", "GetAccountBalance"), server.onlyRequest());
    }
}
