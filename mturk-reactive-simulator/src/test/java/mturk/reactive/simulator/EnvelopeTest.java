package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Response envelopes per operation family, as documented (root, OperationRequest, result element, Request/IsValid). */
class EnvelopeTest {
    static MTurkSimulator sim;
    static Wire wire;

    @BeforeAll
    static void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void bodyStartsWithBarePrologThenCompactXmlWithoutNamespace() {
        Wire.Reply r = wire.call("GetAccountBalance");
        assertTrue(r.body().startsWith("<?xml version=\"1.0\"?>\n<GetAccountBalanceResponse><OperationRequest>"
                + "<RequestId>"), r.body());
        assertFalse(r.body().contains("xmlns"));
        assertFalse(r.body().substring(22).contains("\n"));
    }

    @Test
    void accountBalanceIsInResultElementAfterRequest() {
        Wire.Reply r = wire.call("GetAccountBalance");
        assertEquals("True", r.x("/GetAccountBalanceResponse/GetAccountBalanceResult/Request/IsValid"));
        assertEquals("10000.00", r.x("/GetAccountBalanceResponse/GetAccountBalanceResult/AvailableBalance/Amount"));
        assertEquals("$10,000.00",
                r.x("/GetAccountBalanceResponse/GetAccountBalanceResult/AvailableBalance/FormattedPrice"));
        assertTrue(r.x("/GetAccountBalanceResponse/OperationRequest/RequestId")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void createHitResultIsTheHitElementWithRequestInside() {
        Wire.Reply r = wire.createHit();
        Element hit = (Element) r.doc().getDocumentElement().getElementsByTagName("HIT").item(0);
        assertEquals("Request", ((Element) hit.getElementsByTagName("*").item(0)).getTagName());
        assertEquals("True", r.x("/CreateHITResponse/HIT/Request/IsValid"));
        assertEquals(30, r.x("/CreateHITResponse/HIT/HITId").length());
        assertEquals(30, r.x("/CreateHITResponse/HIT/HITTypeId").length());
        assertEquals("", r.x("/CreateHITResponse/HIT/Title"), "Minimal group only");
    }

    @Test
    void getHitDefaultGroupsCarryDetailsAndEscapedQuestionInXsdOrder() {
        String hitId = wire.newHit();
        Wire.Reply r = wire.call("GetHIT", "HITId", hitId);
        assertTrue(r.body().contains("<Question>&lt;QuestionForm xmlns=\"http://mechanicalturk"), r.body());
        assertEquals(Wire.FREE_TEXT_FORM, r.x("/GetHITResponse/HIT/Question"));
        assertEquals("0.50", r.x("/GetHITResponse/HIT/Reward/Amount"));
        assertEquals("Assignable", r.x("/GetHITResponse/HIT/HITStatus"));
        assertEquals("NotReviewed", r.x("/GetHITResponse/HIT/HITReviewStatus"));
        assertEquals("2020-01-01T01:00:00Z", r.x("/GetHITResponse/HIT/Expiration"));
        String body = r.body();
        String[] order = {"<HITId>", "<HITTypeId>", "<HITGroupId>", "<CreationTime>", "<Title>", "<Description>",
            "<Question>", "<HITStatus>", "<MaxAssignments>", "<Reward>", "<AutoApprovalDelayInSeconds>",
            "<Expiration>", "<AssignmentDurationInSeconds>", "<HITReviewStatus>"};
        int last = -1;
        for (String tag : order) {
            int at = body.indexOf(tag);
            assertTrue(at > last, tag + " out of XSD order in " + body);
            last = at;
        }
        assertFalse(body.contains("NumberOfAssignmentsAvailable"));
    }

    @Test
    void registerHitTypeHasResultWrapper() {
        Wire.Reply r = wire.call("RegisterHITType", "Title", "T", "Description", "D", "Reward.1.Amount", "0.10",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60");
        assertEquals("True", r.x("/RegisterHITTypeResponse/RegisterHITTypeResult/Request/IsValid"));
        assertEquals(30, r.x("/RegisterHITTypeResponse/RegisterHITTypeResult/HITTypeId").length());
    }

    @Test
    void qualificationTypeOperationsUseQualificationTypeAsResult() {
        Wire.Reply r = wire.call("CreateQualificationType", "Name", "Envelope type", "Description", "d",
                "QualificationTypeStatus", "Active");
        assertEquals("True", r.x("/CreateQualificationTypeResponse/QualificationType/Request/IsValid"));
        String id = r.x("/CreateQualificationTypeResponse/QualificationType/QualificationTypeId");
        Wire.Reply g = wire.call("GetQualificationType", "QualificationTypeId", id);
        assertEquals("Envelope type", g.x("/GetQualificationTypeResponse/QualificationType/Name"));
        assertEquals("0", g.x("/GetQualificationTypeResponse/QualificationType/AutoGranted"));
    }

    @Test
    void statisticsUseGetStatisticResultWithDataPointFirst() {
        Wire.Reply r = wire.call("GetRequesterStatistic", "Statistic", "NumberHITsCreated", "TimePeriod",
                "LifeToDate");
        assertEquals("True", r.x("/GetRequesterStatisticResponse/GetStatisticResult/Request/IsValid"));
        assertEquals("NumberHITsCreated", r.x("/GetRequesterStatisticResponse/GetStatisticResult/Statistic"));
        assertTrue(r.body().indexOf("<DataPoint>") < r.body().indexOf("<Statistic>"));
        assertFalse(r.x("//DataPoint/LongValue").isEmpty());
    }

    @Test
    void helpAnswersInInformation() {
        Wire.Reply r = wire.call("Help", "About", "GetHIT", "HelpType", "Operation");
        assertEquals("GetHIT", r.x("/HelpResponse/Information/OperationInformation/Name"));
        assertEquals("HITId", r.x("/HelpResponse/Information/OperationInformation/RequiredParameters/Parameter"));
    }

    @Test
    void noPayloadOperationsHaveEmptyResultWithRequest() {
        Wire.Reply r = wire.call("BlockWorker", "WorkerId", "AABCDEFGHIJKLM", "Reason", "spam");
        assertEquals("True", r.x("/BlockWorkerResponse/BlockWorkerResult/Request/IsValid"));
        assertEquals(1, r.doc().getElementsByTagName("BlockWorkerResult").item(0).getChildNodes().getLength());
    }

    @Test
    void requestErrorsSitInResultRequestWithData() {
        Wire.Reply r = wire.call("GetAssignment", "AssignmentId", "NOPE");
        assertEquals("False", r.x("/GetAssignmentResponse/GetAssignmentResult/Request/IsValid"));
        assertEquals("AWS.MechanicalTurk.AssignmentDoesNotExist",
                r.x("/GetAssignmentResponse/GetAssignmentResult/Request/Errors/Error/Code"));
        assertEquals("AssignmentId", r.x("//Errors/Error/Data/Key"));
        assertEquals("NOPE", r.x("//Errors/Error/Data/Value"));
        assertTrue(r.x("//Errors/Error/Message").matches(".* \\(\\d+ s\\)"));
        assertEquals(200, r.status());
    }

    @Test
    void missingParameterIsMissingParameters() {
        assertEquals("AWS.MissingParameters", wire.call("GetHIT").errorCode());
    }

    @Test
    void requestResponseGroupEchoesParametersAlphabeticallyWithTags() {
        Wire.Reply r = wire.createHit("ResponseGroup", "Request");
        assertEquals("1", r.x("/CreateHITResponse/HIT/Request/CreateHITRequest/Reward/@tag"));
        assertEquals("0.50", r.x("/CreateHITResponse/HIT/Request/CreateHITRequest/Reward/Amount"));
        assertEquals("CreateHIT", r.x("/CreateHITResponse/HIT/Request/CreateHITRequest/Operation"));
        assertEquals("", r.x("/CreateHITResponse/HIT/Request/CreateHITRequest/Signature"));
    }

    @Test
    void unknownOperationIsRefusedAtOperationLevel() {
        Wire.Reply r = wire.call("CreateAdditionalAssignmentsForHIT");
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue",
                r.x("/Response/OperationRequest/Errors/Error/Code"));
    }
}
