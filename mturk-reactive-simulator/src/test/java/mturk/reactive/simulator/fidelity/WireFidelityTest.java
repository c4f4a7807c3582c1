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
}
