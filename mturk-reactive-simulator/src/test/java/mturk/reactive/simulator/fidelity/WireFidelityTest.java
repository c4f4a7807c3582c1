package mturk.reactive.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mturk.reactive.simulator.MTurkSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator against the documented 2014-08-15 wire protocol, read with an independent client (JDK HttpClient,
 * own signers, DOM/XPath): envelopes, error placement, authentication, state machine, idempotency, paging.
 */
class WireFidelityTest {
    private static final String QUESTION = "<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd\"><ExternalURL>https://example.com/q?a=1"
            + "&amp;b=2</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>";

    private static MTurkSimulator sim;
    private static RawClient client;

    @BeforeAll
    static void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2024-01-01T00:00:00Z")).seed(11).workers(3).start();
        client = new RawClient(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static String createHit(String... extra) {
        String[] base = {"Title", "Fidelity <&> test", "Description", "d", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "300", "LifetimeInSeconds", "3600",
                "Question", QUESTION};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        RawClient.Reply r = client.post("CreateHIT", all);
        assertEquals("True", r.text("/CreateHITResponse/HIT/Request/IsValid"), r.body());
        return r.text("/CreateHITResponse/HIT/HITId");
    }

    private static String submittedAssignment(String hitId, int worker) {
        String workerId = sim.workers().list().get(worker).id();
        String a = sim.workers().accept(workerId, hitId);
        sim.workers().submit(a);
        return a;
    }

    // ---------------------------------------------------------------- envelopes and operation-level errors

    @Test
    void anUnknownOperationIsAnsweredUnderThePlainResponseRootWithOperationRequestErrors() {
        RawClient.Reply r = client.post("Frobnicate");
        assertEquals(200, r.status());
        assertEquals("Response", r.root(), r.body());
        assertEquals(List.of("RequestId", "Errors"), r.children("/Response/OperationRequest"));
        assertEquals(List.of("OperationRequest"), r.children("/Response"));
        assertTrue(r.body().startsWith("<?xml version=\"1.0\"?>\n<Response>"), r.body());
    }

    @Test
    void anAuthenticationFailureOnAnUnknownOperationAlsoUsesThePlainResponseRoot() {
        RawClient.Reply r = client.send("Frobnicate", RawClient.Scheme.SIGV1, false, Instant.now(),
                Map.of("AWSAccessKeyId", "AKIDSOMEONEELSE"));
        assertEquals("Response", r.root(), r.body());
        assertEquals("AWS.NotAuthorized", r.text("/Response/OperationRequest/Errors/Error/Code"));
    }

    @Test
    void aWrongSecretIsNotAuthorizedInOperationRequestWithHttp200AndNoResultElement() {
        RawClient.Reply r = client.send("GetAccountBalance", RawClient.Scheme.SIGV1, false, Instant.now(),
                Map.of("Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertEquals(200, r.status());
        assertEquals("AWS.NotAuthorized",
                r.text("/GetAccountBalanceResponse/OperationRequest/Errors/Error/Code"), r.body());
        assertEquals(List.of("OperationRequest"), r.children("/GetAccountBalanceResponse"));
    }

    @Test
    void aTimestampTwentyMinutesOldIsBadClaimsSupplied() {
        RawClient.Reply r = client.send("GetAccountBalance", RawClient.Scheme.SIGV1, false,
                Instant.now().minus(Duration.ofMinutes(20)), Map.of());
        assertEquals(200, r.status());
        assertEquals("AWS.BadClaimsSupplied",
                r.text("/GetAccountBalanceResponse/OperationRequest/Errors/Error/Code"), r.body());
    }

    @Test
    void aTimestampTwentyMinutesAheadIsBadClaimsSupplied() {
        RawClient.Reply r = client.send("GetAccountBalance", RawClient.Scheme.SIGV1, false,
                Instant.now().plus(Duration.ofMinutes(20)), Map.of());
        assertEquals("AWS.BadClaimsSupplied", r.errorCode(), r.body());
    }

    @Test
    void theOlderSignatureIsAcceptedOverGetWithAndWithoutSignatureVersion0() {
        for (RawClient.Scheme s : List.of(RawClient.Scheme.VERSION0_IMPLICIT, RawClient.Scheme.VERSION0_EXPLICIT)) {
            RawClient.Reply r = client.send("GetAccountBalance", s, true, Instant.now(), Map.of());
            assertEquals("True", r.text("/GetAccountBalanceResponse/GetAccountBalanceResult/Request/IsValid"),
                    s + ": " + r.body());
        }
    }

    @Test
    void legacyCommonParametersAndOtherVersionsAreAccepted() {
        RawClient.Reply r = client.send("GetAccountBalance", RawClient.Scheme.SIGV1, false, Instant.now(),
                Map.of("Validate", "False", "Credential", "x", "Version", "2012-03-25"));
        assertEquals("True", r.text("//GetAccountBalanceResult/Request/IsValid"), r.body());
    }

    @Test
    void throttlingIsHttp503WithServiceUnavailableInOperationRequest() {
        sim.faults().throttle(1.0);
        try {
            RawClient.Reply r = client.post("SearchHITs");
            assertEquals(503, r.status());
            assertEquals("AWS.ServiceUnavailable", r.text("/SearchHITsResponse/OperationRequest/Errors/Error/Code"));
        } finally {
            sim.faults().clear();
        }
    }

    // ---------------------------------------------------------------- request-level errors and limits

    @Test
    void sendTestEventNotificationWithoutTestEventTypeIsMissingParameters() {
        RawClient.Reply r = client.post("SendTestEventNotification", "Notification.1.Destination",
                "someone@example.com", "Notification.1.Transport", "Email", "Notification.1.Version", "2006-05-05",
                "Notification.1.EventType", "AssignmentSubmitted");
        assertEquals("False", r.text("/SendTestEventNotificationResponse/SendTestEventNotificationResult/Request/IsValid"),
                r.body());
        assertEquals("AWS.MissingParameters", r.errorCode());
    }

    @Test
    void pageSizeIsOneToOneHundredOnBothSides() {
        assertEquals("AWS.ParameterOutOfRange",
                client.post("SearchHITs", "PageSize", "101").text("//SearchHITsResult/Request/Errors/Error/Code"));
        assertEquals("AWS.ParameterOutOfRange",
                client.post("SearchHITs", "PageSize", "0").text("//SearchHITsResult/Request/Errors/Error/Code"));
        assertEquals("True", client.post("SearchHITs", "PageSize", "100").text("//SearchHITsResult/Request/IsValid"));
    }

    @Test
    void pagingFieldsComeInTheOrderTheServiceSentThem() {
        createHit();
        RawClient.Reply r = client.post("SearchHITs", "PageSize", "1", "PageNumber", "1");
        assertEquals(List.of("Request", "NumResults", "TotalNumResults", "PageNumber", "HIT"),
                r.children("/SearchHITsResponse/SearchHITsResult"));
    }

    @Test
    void searchQualificationTypesSortsByNameDescendingByDefault() {
        for (String n : List.of("fid-alpha", "fid-gamma", "fid-beta")) {
            client.post("CreateQualificationType", "Name", n, "Description", "d", "QualificationTypeStatus", "Active");
        }
        RawClient.Reply r = client.post("SearchQualificationTypes", "MustBeRequestable", "true",
                "MustBeOwnedByCaller", "true", "Query", "fid-");
        assertEquals("fid-gamma", r.text("(//QualificationType/Name)[1]"), r.body());
        assertEquals("fid-alpha", r.text("(//QualificationType/Name)[3]"), r.body());
    }

    // ---------------------------------------------------------------- state machine

    @Test
    void approvingAnApprovedAssignmentIsInvalidAssignmentStateWithTheIdInData() {
        String hit = createHit();
        String a = submittedAssignment(hit, 0);
        assertEquals("True", client.post("ApproveAssignment", "AssignmentId", a).text("//Request/IsValid"));
        RawClient.Reply again = client.post("ApproveAssignment", "AssignmentId", a);
        assertEquals("AWS.MechanicalTurk.InvalidAssignmentState",
                again.text("/ApproveAssignmentResponse/ApproveAssignmentResult/Request/Errors/Error/Code"));
        assertEquals(a, again.text("//Error/Data[Key='AssignmentId']/Value"));
    }

    @Test
    void disposingAHitWithAnUnreviewedSubmissionIsInvalidHitState() {
        String hit = createHit();
        submittedAssignment(hit, 1);
        RawClient.Reply r = client.post("DisposeHIT", "HITId", hit);
        assertEquals("AWS.MechanicalTurk.InvalidHITState",
                r.text("/DisposeHITResponse/DisposeHITResult/Request/Errors/Error/Code"), r.body());
    }

    @Test
    void setHitAsReviewingOnAnAssignableHitIsInvalidHitState() {
        String hit = createHit();
        assertEquals("AWS.MechanicalTurk.InvalidHITState",
                client.post("SetHITAsReviewing", "HITId", hit).errorCode());
    }

    @Test
    void forceExpiringADisposedHitSaysTheHitDoesNotExist() {
        String hit = createHit();
        client.post("ForceExpireHIT", "HITId", hit);
        assertEquals("True", client.post("DisposeHIT", "HITId", hit).text("//Request/IsValid"));
        assertEquals("AWS.MechanicalTurk.HITDoesNotExist", client.post("ForceExpireHIT", "HITId", hit).errorCode());
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void aReplayedCreateHitTokenReturnsHitAlreadyExistsWithTheHitIdInDataUntil24Hours() {
        String hit = createHit("UniqueRequestToken", "fid-create-1");
        RawClient.Reply replay = client.post("CreateHIT", "Title", "t", "Description", "d", "Reward.1.Amount", "0.10",
                "AssignmentDurationInSeconds", "300", "LifetimeInSeconds", "3600", "Question", QUESTION,
                "UniqueRequestToken", "fid-create-1");
        assertTrue(replay.errorCode().equalsIgnoreCase("AWS.MechanicalTurk.HitAlreadyExists"), replay.body());
        assertEquals(hit, replay.text("/CreateHITResponse/HIT/Request/Errors/Error/Data[Key='HITId']/Value"));
    }

    @Test
    void aReplayedGrantBonusTokenIsDuplicateCallAndPaysOnce() {
        String hit = createHit();
        String a = submittedAssignment(hit, 2);
        String worker = sim.workers().list().get(2).id();
        String[] bonus = {"WorkerId", worker, "AssignmentId", a, "BonusAmount.1.Amount", "1.00",
                "BonusAmount.1.CurrencyCode", "USD", "Reason", "thanks", "UniqueRequestToken", "fid-bonus-1"};
        assertEquals("True", client.post("GrantBonus", bonus).text("//GrantBonusResult/Request/IsValid"));
        var before = sim.balance();
        assertEquals("AWS.MechanicalTurk.DuplicateCall", client.post("GrantBonus", bonus).errorCode());
        assertEquals(before, sim.balance());
    }
    @Test
    void aCreateHitTokenIsForgottenAfter24Hours() {
        createHit("UniqueRequestToken", "fid-create-24h");
        sim.clock().advance(Duration.ofHours(24).plusSeconds(1));
        String again = createHit("UniqueRequestToken", "fid-create-24h");
        assertEquals(30, again.length());
    }

    // ---------------------------------------------------------------- GET and limits

    @Test
    void aGetRequestWithALongQueryStringIsServed() {
        String html = "<HTMLQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2011-11-11/HTMLQuestion.xsd\"><HTMLContent><![CDATA[<!DOCTYPE html><html><body><form>"
                + "<p>" + "x".repeat(12_000) + "</p><textarea name=\"a\"></textarea></form></body></html>]]>"
                + "</HTMLContent><FrameHeight>450</FrameHeight></HTMLQuestion>";
        RawClient.Reply r = client.get("CreateHIT", "Title", "t", "Description", "d", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "300", "LifetimeInSeconds", "3600",
                "Question", html);
        assertEquals(200, r.status(), r.body());
        assertEquals("True", r.text("/CreateHITResponse/HIT/Request/IsValid"), r.body());
    }

    @Test
    void anAnswerKeyOver65535BytesIsRejectedEvenWhenItHasFewerCharacters() {
        String form = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q1</QuestionIdentifier>"
                + "<QuestionContent><Text>Pick</Text></QuestionContent><AnswerSpecification><SelectionAnswer>"
                + "<Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text></Selection>"
                + "</Selections></SelectionAnswer></AnswerSpecification></Question></QuestionForm>";
        String key = "<AnswerKey xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2005-10-01/AnswerKey.xsd\"><Question><QuestionIdentifier>q1</QuestionIdentifier><AnswerOption>"
                + "<SelectionIdentifier>a</SelectionIdentifier><AnswerScore>1</AnswerScore></AnswerOption>"
                + "</Question></AnswerKey><!-- " + "\u00e9".repeat(33_000) + " -->";
        RawClient.Reply r = client.post("CreateQualificationType", "Name", "fid-bytes", "Description", "d",
                "QualificationTypeStatus", "Active", "Test", form, "TestDurationInSeconds", "600", "AnswerKey", key);
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue",
                r.text("/CreateQualificationTypeResponse/QualificationType/Request/Errors/Error/Code"), r.body());
    }
    @Test
    void anExpiredUnworkedHitIsReviewableAndStillCountsItsUnfilledSlotAsAvailable() {
        String hit = createHit();
        client.post("ForceExpireHIT", "HITId", hit);
        RawClient.Reply r = client.post("GetHIT", "HITId", hit, "ResponseGroup", "HITDetail,HITAssignmentSummary");
        assertEquals("Reviewable", r.text("//HIT/HITStatus"), r.body());
        assertEquals("1", r.text("//HIT/NumberOfAssignmentsAvailable"), r.body());
        assertEquals("0", r.text("//HIT/NumberOfAssignmentsPending"));
    }
    // ---------------------------------------------------------------- response groups

    @Test
    void statisticsEchoStatisticAndTimePeriodOnlyWithTheParametersGroup() {
        RawClient.Reply dflt = client.post("GetRequesterStatistic", "Statistic", "NumberHITsCreated",
                "TimePeriod", "LifeToDate");
        assertEquals("NumberHITsCreated", dflt.text("/GetRequesterStatisticResponse/GetStatisticResult/Statistic"),
                dflt.body());
        RawClient.Reply minimal = client.post("GetRequesterStatistic", "Statistic", "NumberHITsCreated",
                "TimePeriod", "LifeToDate", "ResponseGroup", "Minimal");
        assertEquals(0, minimal.count("//GetStatisticResult/Statistic"), minimal.body());
        assertEquals(0, minimal.count("//GetStatisticResult/TimePeriod"), minimal.body());
        assertEquals(1, minimal.count("//GetStatisticResult/DataPoint"), minimal.body());
    }
    @Test
    void aRepeatedStatusParameterIsSignedAndReadOccurrenceByOccurrence() {
        String hit = createHit();
        client.post("ForceExpireHIT", "HITId", hit);
        RawClient.Reply r = client.postRepeated("GetReviewableHITs", List.of(
                new String[] {"Status", "Reviewable"}, new String[] {"Status", "Reviewing"},
                new String[] {"PageSize", "100"}));
        assertEquals("True", r.text("/GetReviewableHITsResponse/GetReviewableHITsResult/Request/IsValid"), r.body());
        assertEquals(1, r.count("//GetReviewableHITsResult/HIT[HITId='" + hit + "']"), r.body());
    }
    // ---------------------------------------------------------------- data structures: XSD order, formats, escaping

    @Test
    void aHitWithEveryGroupListsItsChildrenInXsdOrder() {
        String hit = createHit("Keywords", "a,b", "RequesterAnnotation", "note",
                "QualificationRequirement.1.QualificationTypeId", "000000000000000000L0",
                "QualificationRequirement.1.Comparator", "GreaterThan", "QualificationRequirement.1.IntegerValue", "90");
        RawClient.Reply r = client.post("GetHIT", "HITId", hit, "ResponseGroup.1", "Minimal", "ResponseGroup.2",
                "HITDetail", "ResponseGroup.3", "HITQuestion", "ResponseGroup.4", "HITAssignmentSummary");
        assertEquals(List.of("Request", "HITId", "HITTypeId", "HITGroupId", "CreationTime", "Title", "Description",
                "Question", "Keywords", "HITStatus", "MaxAssignments", "Reward", "AutoApprovalDelayInSeconds",
                "Expiration", "AssignmentDurationInSeconds", "RequesterAnnotation", "QualificationRequirement",
                "HITReviewStatus", "NumberOfAssignmentsPending", "NumberOfAssignmentsAvailable",
                "NumberOfAssignmentsCompleted"), r.children("/GetHITResponse/HIT"));
        assertEquals(List.of("Amount", "CurrencyCode", "FormattedPrice"), r.children("//HIT/Reward"));
        assertEquals(List.of("QualificationTypeId", "Comparator", "IntegerValue", "RequiredToPreview"),
                r.children("//HIT/QualificationRequirement"));
        assertEquals("0", r.text("//HIT/QualificationRequirement/RequiredToPreview"));
        assertTrue(r.text("//HIT/CreationTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void embeddedQuestionXmlComesBackAsEscapedTextThatUnescapesToWhatWasSent() {
        String hit = createHit();
        RawClient.Reply r = client.post("GetHIT", "HITId", hit);
        assertEquals(QUESTION, r.text("//HIT/Question"));
        assertEquals(0, r.count("//HIT/Question/*"));
        assertEquals("Fidelity <&> test", r.text("//HIT/Title"));
    }

    @Test
    void anAssignmentListsItsChildrenInXsdOrderWithTheAnswerAsEscapedText() {
        String hit = createHit();
        String a = submittedAssignment(hit, 0);
        client.post("ApproveAssignment", "AssignmentId", a, "RequesterFeedback", "good");
        RawClient.Reply r = client.post("GetAssignment", "AssignmentId", a, "ResponseGroup", "Minimal,AssignmentFeedback");
        assertEquals(List.of("Request", "Assignment", "HIT"), r.children("/GetAssignmentResponse/GetAssignmentResult"));
        assertEquals(List.of("AssignmentId", "WorkerId", "HITId", "AssignmentStatus", "AutoApprovalTime", "AcceptTime",
                "SubmitTime", "ApprovalTime", "Answer", "RequesterFeedback"), r.children("//Assignment"));
        assertEquals(List.of("HITId", "HITTypeId"), r.children("//GetAssignmentResult/HIT"));
        assertTrue(r.text("//Assignment/Answer").contains("<QuestionFormAnswers"), r.body());
        assertEquals("Approved", r.text("//Assignment/AssignmentStatus"));
    }

    @Test
    void aQualificationTypeListsItsChildrenInXsdOrderWithBooleansAsTheServiceWroteThem() {
        RawClient.Reply r = client.post("CreateQualificationType", "Name", "fid-order", "Description", "d",
                "Keywords", "k", "QualificationTypeStatus", "Active", "RetryDelayInSeconds", "60",
                "AutoGranted", "true", "AutoGrantedValue", "5");
        assertEquals(List.of("Request", "QualificationTypeId", "CreationTime", "Name", "Description", "Keywords",
                "QualificationTypeStatus", "RetryDelayInSeconds", "IsRequestable", "AutoGranted", "AutoGrantedValue"),
                r.children("/CreateQualificationTypeResponse/QualificationType"));
        assertEquals("true", r.text("//IsRequestable"));
        assertEquals("1", r.text("//AutoGranted"));
    }
}
