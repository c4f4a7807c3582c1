package mturk.reactive.samples.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import mturk.reactive.samples.json.JsonReader;
import org.junit.jupiter.api.Test;

class AssignmentJsonTest {

    @Test
    void writesOneObjectWithTypedAnswers() {
        Assignment a = Assignment.builder().assignmentId("AS1").hitId("H1").workerId("W1")
                .assignmentStatus(AssignmentStatus.SUBMITTED)
                .acceptTime(Instant.parse("2026-01-02T03:04:05Z")).submitTime(Instant.parse("2026-01-02T03:05:00Z"))
                .answer(new FreeTextAnswer("why", "because \"so\"\n"))
                .answer(new SelectionAnswer("pick", List.of("a", "b"), "other"))
                .answer(new UploadedFileAnswer("file", "KEY", 12))
                .build();
        String json = AssignmentJson.toJson(a);
        assertEquals("{\"assignmentId\":\"AS1\",\"hitId\":\"H1\",\"workerId\":\"W1\",\"status\":\"Submitted\","
                + "\"acceptTime\":\"2026-01-02T03:04:05Z\",\"submitTime\":\"2026-01-02T03:05:00Z\",\"answers\":["
                + "{\"question\":\"why\",\"type\":\"FreeText\",\"text\":\"because \\\"so\\\"\\n\"},"
                + "{\"question\":\"pick\",\"type\":\"Selection\",\"selections\":[\"a\",\"b\"],\"otherText\":\"other\"},"
                + "{\"question\":\"file\",\"type\":\"UploadedFile\",\"fileKey\":\"KEY\",\"sizeInBytes\":12}]}", json);
        Map<String, Object> parsed = JsonReader.parseObject(json);
        assertEquals("Submitted", parsed.get("status"));
    }

    @Test
    void anAssignmentWithoutAnswersHasAnEmptyList() {
        Assignment a = Assignment.builder().assignmentId("AS1").hitId("H1").workerId("W1")
                .assignmentStatus(AssignmentStatus.APPROVED).build();
        assertEquals(List.of(), JsonReader.parseObject(AssignmentJson.toJson(a)).get("answers"));
    }
}
