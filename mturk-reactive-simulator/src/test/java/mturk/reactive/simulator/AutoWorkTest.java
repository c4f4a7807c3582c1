package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simulated workers: eligibility by system qualifications, answers that fit the question, uploads, policies. */
class AutoWorkTest {
    static final String NS = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";
    static final String FORM = "<QuestionForm xmlns=\"" + NS + "\">"
            + "<Question><QuestionIdentifier>n</QuestionIdentifier><QuestionContent><Text>n</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer><Constraints><IsNumeric minValue=\"5\" maxValue=\"9\"/>"
            + "</Constraints></FreeTextAnswer></AnswerSpecification></Question>"
            + "<Question><QuestionIdentifier>d</QuestionIdentifier><QuestionContent><Text>d</Text></QuestionContent>"
            + "<AnswerSpecification><FreeTextAnswer><Constraints><AnswerFormatRegex regex=\"^\\d{4}-\\d\\d-\\d\\d$\"/>"
            + "</Constraints></FreeTextAnswer></AnswerSpecification></Question>"
            + "<Question><QuestionIdentifier>s</QuestionIdentifier><QuestionContent><Text>s</Text></QuestionContent>"
            + "<AnswerSpecification><SelectionAnswer><MinSelectionCount>2</MinSelectionCount><MaxSelectionCount>3"
            + "</MaxSelectionCount><Selections><Selection><SelectionIdentifier>a</SelectionIdentifier><Text>A</Text>"
            + "</Selection><Selection><SelectionIdentifier>b</SelectionIdentifier><Text>B</Text></Selection>"
            + "<Selection><SelectionIdentifier>c</SelectionIdentifier><Text>C</Text></Selection><Selection>"
            + "<SelectionIdentifier>d</SelectionIdentifier><Text>D</Text></Selection></Selections></SelectionAnswer>"
            + "</AnswerSpecification></Question>"
            + "<Question><QuestionIdentifier>f</QuestionIdentifier><QuestionContent><Text>f</Text></QuestionContent>"
            + "<AnswerSpecification><FileUploadAnswer><MaxFileSizeInBytes>3000</MaxFileSizeInBytes>"
            + "<MinFileSizeInBytes>2000</MinFileSizeInBytes></FileUploadAnswer></AnswerSpecification></Question>"
            + "</QuestionForm>";

    MTurkSimulator sim;
    Wire wire;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).seed(3).workers(10)
                .autoWork(true).workDelay(Duration.ofMinutes(5)).start();
        wire = new Wire(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void workersAcceptAtOnceAndSubmitAfterTheWorkDelay() {
        String hit = wire.newHit("Question", FORM, "MaxAssignments", "3");
        assertEquals("Unassignable", wire.call("GetHIT", "HITId", hit).x("//HIT/HITStatus"));
        sim.clock().advance(Duration.ofMinutes(4));
        assertEquals("0", wire.call("GetAssignmentsForHIT", "HITId", hit).x("//TotalNumResults"));
        sim.clock().advance(Duration.ofMinutes(1));
        assertEquals("3", wire.call("GetAssignmentsForHIT", "HITId", hit).x("//TotalNumResults"));
    }

    @Test
    void answersMeetTheQuestionsConstraints() {
        String hit = wire.newHit("Question", FORM, "MaxAssignments", "5");
        sim.clock().advance(Duration.ofMinutes(5));
        Wire.Reply r = wire.call("GetAssignmentsForHIT", "HITId", hit);
        List<String> answers = r.all("//Assignment/Answer");
        assertEquals(5, answers.size());
        for (String a : answers) {
            Wire.Reply doc = new Wire.Reply(200, a);
            int n = Integer.parseInt(doc.x("//*[local-name()='Answer'][*[local-name()='QuestionIdentifier']='n']"
                    + "/*[local-name()='FreeText']"));
            assertTrue(n >= 5 && n <= 9, a);
            assertTrue(doc.x("//*[local-name()='Answer'][*[local-name()='QuestionIdentifier']='d']"
                    + "/*[local-name()='FreeText']").matches("\\d{4}-\\d\\d-\\d\\d"), a);
            int selected = doc.all("//*[local-name()='Answer'][*[local-name()='QuestionIdentifier']='s']"
                    + "/*[local-name()='SelectionIdentifier']").size();
            assertTrue(selected >= 2 && selected <= 3, a);
            long size = Long.parseLong(doc.x("//*[local-name()='UploadedFileSizeInBytes']"));
            assertTrue(size >= 2000 && size <= 3000, a);
            assertTrue(a.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"));
        }
    }

    @Test
    void uploadedFileIsServedForSixtySeconds() throws Exception {
        String hit = wire.newHit("Question", FORM);
        sim.clock().advance(Duration.ofMinutes(5));
        Wire.Reply r = wire.call("GetAssignmentsForHIT", "HITId", hit);
        String assignment = r.x("//Assignment/AssignmentId");
        long size = Long.parseLong(new Wire.Reply(200, r.x("//Assignment/Answer"))
                .x("//*[local-name()='UploadedFileSizeInBytes']"));
        String url = wire.call("GetFileUploadURL", "AssignmentId", assignment, "QuestionIdentifier", "f")
                .x("//FileUploadURL");
        assertTrue(url.startsWith(sim.endpoint().toString()), url);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> got = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals(size, got.body().length);
        sim.clock().advance(Duration.ofSeconds(61));
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue", wire.call("GetFileUploadURL", "AssignmentId",
                assignment, "QuestionIdentifier", "n").errorCode());
    }

    @Test
    void onlyWorkersMeetingLocaleRequirementWork() {
        List<String> gb = sim.workers().list().stream().filter(w -> w.country().equals("GB"))
                .map(SimulatedWorker::id).toList();
        String hit = wire.newHit("MaxAssignments", "5", "QualificationRequirement.1.QualificationTypeId",
                "00000000000000000071", "QualificationRequirement.1.Comparator", "EqualTo",
                "QualificationRequirement.1.LocaleValue.Country", "GB");
        sim.clock().advance(Duration.ofMinutes(5));
        Wire.Reply r = wire.call("GetAssignmentsForHIT", "HITId", hit);
        assertEquals(gb, r.all("//Assignment/WorkerId"));
        assertEquals("Assignable", wire.call("GetHIT", "HITId", hit).x("//HIT/HITStatus"));
    }

    @Test
    void blockedWorkersDoNotWork() {
        String blocked = sim.workers().list().get(0).id();
        wire.call("BlockWorker", "WorkerId", blocked, "Reason", "r");
        String hit = wire.newHit("MaxAssignments", "10");
        sim.clock().advance(Duration.ofMinutes(5));
        List<String> workers = wire.call("GetAssignmentsForHIT", "HITId", hit, "PageSize", "100")
                .all("//Assignment/WorkerId");
        assertEquals(9, workers.size());
        assertTrue(!workers.contains(blocked));
    }

    @Test
    void answerPolicyCanReturnHits() {
        sim.workers().answerPolicy(item -> Optional.empty());
        String hit = wire.newHit("MaxAssignments", "2");
        sim.clock().advance(Duration.ofMinutes(5));
        assertEquals("0", wire.call("GetAssignmentsForHIT", "HITId", hit).x("//TotalNumResults"));
        assertEquals("2", wire.call("GetRequesterStatistic", "Statistic", "NumberAssignmentsReturned", "TimePeriod",
                "LifeToDate").x("//LongValue"));
    }

    @Test
    void htmlQuestionGetsEveryNamedField() {
        String html = "<HTMLQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                + "2011-11-11/HTMLQuestion.xsd\"><HTMLContent><![CDATA[<!DOCTYPE html><form>"
                + "<input type='hidden' name='assignmentId'/><input name=\"label\" type=\"text\">"
                + "<input type=\"radio\" name=\"ok\" value=\"yes\"><input type=\"radio\" name=\"ok\" value=\"no\">"
                + "<textarea name=\"comment\"></textarea></form>]]></HTMLContent><FrameHeight>300</FrameHeight>"
                + "</HTMLQuestion>";
        String hit = wire.newHit("Question", html);
        sim.clock().advance(Duration.ofMinutes(5));
        Wire.Reply answer = new Wire.Reply(200, wire.call("GetAssignmentsForHIT", "HITId", hit)
                .x("//Assignment/Answer"));
        assertEquals(List.of("label", "ok", "comment"), answer.all("//*[local-name()='QuestionIdentifier']"));
        assertTrue(List.of("yes", "no").contains(answer.x("//*[local-name()='Answer'][2]/*[local-name()='FreeText']")));
    }

    @Test
    void statisticsFollowApprovalsAndRejections() {
        String hit = wire.newHit("MaxAssignments", "3");
        sim.clock().advance(Duration.ofMinutes(5));
        List<String> ids = wire.call("GetAssignmentsForHIT", "HITId", hit).all("//Assignment/AssignmentId");
        wire.call("ApproveAssignment", "AssignmentId", ids.get(0));
        wire.call("ApproveAssignment", "AssignmentId", ids.get(1));
        wire.call("RejectAssignment", "AssignmentId", ids.get(2));
        assertEquals("2", wire.call("GetRequesterStatistic", "Statistic", "NumberAssignmentsApproved", "TimePeriod",
                "OneDay").x("//LongValue"));
        assertEquals("1.2", wire.call("GetRequesterStatistic", "Statistic", "TotalRewardAndFeePayout", "TimePeriod",
                "ThirtyDays").x("//DoubleValue"));
        String worker = wire.call("GetAssignment", "AssignmentId", ids.get(2)).x("//Assignment/WorkerId");
        Wire.Reply w = wire.call("GetRequesterWorkerStatistic", "Statistic", "PercentAssignmentsRejected",
                "WorkerId", worker, "TimePeriod", "LifeToDate");
        assertEquals("1.0", w.x("//DoubleValue"));
        assertEquals(worker, w.x("//GetStatisticResult/WorkerId"));
        assertEquals("3", wire.call("GetRequesterStatistic", "Statistic", "NumberAssignmentsApproved", "TimePeriod",
                "OneDay", "Count", "3").all("//DataPoint").size() + "");
    }
}
