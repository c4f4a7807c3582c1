package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Qualification types, requests, tests scored against answer keys, scores, revocation, automatic requests. */
class QualificationTest {
    static final String TEST = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
            + "2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>fav</QuestionIdentifier><QuestionContent>"
            + "<Text>Colour?</Text></QuestionContent><AnswerSpecification><SelectionAnswer><Selections><Selection>"
            + "<SelectionIdentifier>r</SelectionIdentifier><Text>Red</Text></Selection><Selection>"
            + "<SelectionIdentifier>b</SelectionIdentifier><Text>Blue</Text></Selection></Selections>"
            + "</SelectionAnswer></AnswerSpecification></Question></QuestionForm>";
    static final String KEY = "<AnswerKey xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
            + "2005-10-01/AnswerKey.xsd\"><Question><QuestionIdentifier>fav</QuestionIdentifier><AnswerOption>"
            + "<SelectionIdentifier>b</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption></Question>"
            + "<QualificationValueMapping><PercentageMapping><MaximumSummedScore>10</MaximumSummedScore>"
            + "</PercentageMapping></QualificationValueMapping></AnswerKey>";

    static String answer(String selection) {
        return "<QuestionFormAnswers xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2005-10-01/QuestionFormAnswers.xsd\"><Answer><QuestionIdentifier>fav</QuestionIdentifier>"
                + "<SelectionIdentifier>" + selection + "</SelectionIdentifier></Answer></QuestionFormAnswers>";
    }

    MTurkSimulator sim;
    Wire wire;
    String worker;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
        worker = sim.workers().list().get(3).id();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String type(String name, String... extra) {
        String[] base = {"Name", name, "Description", "d", "QualificationTypeStatus", "Active"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        Wire.Reply r = wire.call("CreateQualificationType", all);
        assertTrue(r.valid(), r.body());
        return r.x("//QualificationType/QualificationTypeId");
    }

    private String score(String type) {
        return wire.call("GetQualificationScore", "QualificationTypeId", type, "SubjectId", worker)
                .x("//Qualification/IntegerValue");
    }

    @Test
    void testWithAnswerKeyIsScoredAndGrantedAtOnce() {
        String qt = type("Keyed", "Test", TEST, "AnswerKey", KEY, "TestDurationInSeconds", "300");
        assertNull(sim.workers().requestQualification(worker, qt, answer("b")));
        assertEquals("100", score(qt));
        String other = sim.workers().list().get(4).id();
        sim.workers().requestQualification(other, qt, answer("r"));
        assertEquals("0", wire.call("GetQualificationScore", "QualificationTypeId", qt, "SubjectId", other)
                .x("//Qualification/IntegerValue"));
    }

    @Test
    void testWithoutKeyWaitsForTheRequesterWhoGrants() {
        String qt = type("Manual", "Test", TEST, "TestDurationInSeconds", "300");
        String requestId = sim.workers().requestQualification(worker, qt, answer("r"));
        assertNotNull(requestId);
        Wire.Reply r = wire.call("GetQualificationRequests", "QualificationTypeId", qt);
        assertEquals("1", r.x("//TotalNumResults"));
        assertEquals(worker, r.x("//QualificationRequest/SubjectId"));
        assertEquals(TEST, r.x("//QualificationRequest/Test"));
        assertTrue(r.x("//QualificationRequest/Answer").contains("<SelectionIdentifier>r</SelectionIdentifier>"));
        assertTrue(wire.call("GrantQualification", "QualificationRequestId", requestId, "IntegerValue", "42").valid());
        assertEquals("42", score(qt));
        assertEquals("0", wire.call("GetQualificationRequests").x("//TotalNumResults"));
        assertEquals("AWS.MechanicalTurk.InvalidQualificationRequestState",
                wire.call("GrantQualification", "QualificationRequestId", requestId).errorCode());
    }

    @Test
    void rejectedRequestGrantsNothing() {
        String qt = type("Rejecting");
        String requestId = sim.workers().requestQualification(worker, qt, null);
        assertTrue(wire.call("RejectQualificationRequest", "QualificationRequestId", requestId, "Reason", "no").valid());
        assertEquals("AWS.MechanicalTurk.QualificationDoesNotExist", wire.call("GetQualificationScore",
                "QualificationTypeId", qt, "SubjectId", worker).errorCode());
    }

    @Test
    void autoGrantedTypeGrantsItsValue() {
        String qt = type("Auto", "AutoGranted", "True", "AutoGrantedValue", "7");
        assertNull(sim.workers().requestQualification(worker, qt, null));
        assertEquals("7", score(qt));
    }

    @Test
    void assignUpdateRevokeAndListByStatus() {
        String qt = type("Scores");
        assertTrue(wire.call("AssignQualification", "QualificationTypeId", qt, "WorkerId", worker, "IntegerValue",
                "3", "SendNotification", "False").valid());
        assertTrue(wire.call("UpdateQualificationScore", "QualificationTypeId", qt, "SubjectId", worker,
                "IntegerValue", "9").valid());
        assertEquals("9", score(qt));
        assertEquals("1", wire.call("GetQualificationsForQualificationType", "QualificationTypeId", qt)
                .x("//TotalNumResults"));
        assertTrue(wire.call("RevokeQualification", "SubjectId", worker, "QualificationTypeId", qt, "Reason", "None")
                .valid());
        assertEquals("Revoked", wire.call("GetQualificationScore", "QualificationTypeId", qt, "SubjectId", worker)
                .x("//Qualification/Status"));
        assertEquals("1", wire.call("GetQualificationsForQualificationType", "QualificationTypeId", qt, "Status",
                "Revoked").x("//TotalNumResults"));
        assertEquals("AWS.MechanicalTurk.QualificationDoesNotExist", wire.call("UpdateQualificationScore",
                "QualificationTypeId", qt, "SubjectId", worker, "IntegerValue", "1").errorCode());
    }

    @Test
    void duplicateNameIsAlreadyExistsAndBadTestIsParseError() {
        type("Unique");
        assertEquals("AWS.MechanicalTurk.QualificationTypeAlreadyExists", wire.call("CreateQualificationType",
                "Name", "Unique", "Description", "d", "QualificationTypeStatus", "Active").errorCode());
        assertEquals("AWS.MechanicalTurk.XMLParseError", wire.call("CreateQualificationType", "Name", "Bad",
                "Description", "d", "QualificationTypeStatus", "Active", "Test", "<nope", "TestDurationInSeconds",
                "60").errorCode());
        assertEquals("AWS.MissingParameters", wire.call("CreateQualificationType", "Name", "NoDuration",
                "Description", "d", "QualificationTypeStatus", "Active", "Test", TEST).errorCode());
    }

    @Test
    void searchTreatsBotosLiteralNoneQueryAsNoQuery() {
        String qt = type("Searchable", "Keywords", "colour");
        Wire.Reply r = wire.call("SearchQualificationTypes", "Query", "None", "MustBeRequestable", "True",
                "MustBeOwnedByCaller", "True", "SortProperty", "Name", "SortDirection", "Ascending");
        assertEquals("1", r.x("//TotalNumResults"));
        assertEquals(qt, r.x("//QualificationType/QualificationTypeId"));
        assertEquals("0", wire.call("SearchQualificationTypes", "Query", "zzz", "MustBeRequestable", "true")
                .x("//TotalNumResults"));
        assertEquals("AWS.MissingParameters", wire.call("SearchQualificationTypes").errorCode());
    }

    @Test
    void updateChangesDescriptionAndDisposeHidesTheType() {
        String qt = type("Updatable");
        Wire.Reply u = wire.call("UpdateQualificationType", "QualificationTypeId", qt, "Description", "new",
                "QualificationTypeStatus", "Inactive");
        assertEquals("new", u.x("/UpdateQualificationTypeResponse/QualificationType/Description"));
        assertEquals("Inactive", u.x("//QualificationTypeStatus"));
        assertTrue(wire.call("DisposeQualificationType", "QualificationTypeId", qt).valid());
        assertEquals("AWS.MechanicalTurk.QualificationTypeDoesNotExist",
                wire.call("GetQualificationType", "QualificationTypeId", qt).errorCode());
    }

    @Test
    void workersRequestMissingQualificationTakeTheTestAndWorkOnceGranted() {
        String qt = type("Gate", "Test", TEST, "TestDurationInSeconds", "300");
        sim.workers().workDelay(Duration.ofMinutes(1));
        sim.workers().autoWork(true);
        String hit = wire.newHit("QualificationRequirement.1.QualificationTypeId", qt,
                "QualificationRequirement.1.Comparator", "Exists", "MaxAssignments", "2");
        Wire.Reply requests = wire.call("GetQualificationRequests", "QualificationTypeId", qt, "PageSize", "100");
        assertEquals(Integer.toString(sim.workers().list().size()), requests.x("//TotalNumResults"));
        assertEquals("Assignable", wire.call("GetHIT", "HITId", hit).x("//HIT/HITStatus"));
        for (String id : requests.all("//QualificationRequest/QualificationRequestId").subList(0, 2)) {
            wire.call("GrantQualification", "QualificationRequestId", id);
        }
        sim.clock().advance(Duration.ofMinutes(1));
        assertEquals("2", wire.call("GetAssignmentsForHIT", "HITId", hit).x("//TotalNumResults"));
        assertEquals("Reviewable", wire.call("GetHIT", "HITId", hit).x("//HIT/HITStatus"));
    }

    @Test
    void hitsForQualificationTypeListsHitsRequiringIt() {
        String qt = type("Listed");
        String hit = wire.newHit("QualificationRequirement.1.QualificationTypeId", qt,
                "QualificationRequirement.1.Comparator", "GreaterThan", "QualificationRequirement.1.IntegerValue", "1");
        wire.newHit();
        Wire.Reply r = wire.call("GetHITsForQualificationType", "QualificationTypeId", qt);
        assertEquals("1", r.x("//TotalNumResults"));
        assertEquals(hit, r.x("//HIT/HITId"));
        assertEquals("1", wire.call("GetHIT", "HITId", hit).x("//QualificationRequirement/IntegerValue"));
    }
}
