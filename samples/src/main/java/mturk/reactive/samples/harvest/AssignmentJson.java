package mturk.reactive.samples.harvest;

import java.time.Instant;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;
import mturk.reactive.samples.json.JsonWriter;

/**
 * Writes one {@link Assignment} as one JSON object with its typed answers, the line format of {@code mturk harvest}:
 *
 * <pre>
 * {"assignmentId":"…","hitId":"…","workerId":"…","status":"Submitted","acceptTime":"2026-…Z","submitTime":"…",
 *  "answers":[{"question":"q1","type":"FreeText","text":"…"},
 *             {"question":"q2","type":"Selection","selections":["a","b"],"otherText":"…"},
 *             {"question":"q3","type":"UploadedFile","fileKey":"…","sizeInBytes":123}]}
 * </pre>
 *
 * Absent times and texts are omitted. Times are ISO-8601 instants.
 */
public final class AssignmentJson {

    private AssignmentJson() {
    }

    /** Appends {@code assignment} as one JSON object (no line break) to {@code out}. */
    public static void write(Assignment assignment, Appendable out) {
        JsonWriter w = new JsonWriter(out);
        w.beginObject()
                .member("assignmentId", assignment.assignmentId())
                .member("hitId", assignment.hitId())
                .member("workerId", assignment.workerId())
                .member("status", assignment.assignmentStatusWire());
        time(w, "acceptTime", assignment.acceptTime());
        time(w, "submitTime", assignment.submitTime());
        time(w, "autoApprovalTime", assignment.autoApprovalTime());
        time(w, "approvalTime", assignment.approvalTime());
        time(w, "rejectionTime", assignment.rejectionTime());
        w.member("requesterFeedback", assignment.requesterFeedback());
        w.name("answers").beginArray();
        for (Answer answer : assignment.answers()) {
            answer(w, answer);
        }
        w.endArray().endObject();
    }

    /** Returns {@code assignment} as one JSON object. */
    public static String toJson(Assignment assignment) {
        StringBuilder sb = new StringBuilder(256);
        write(assignment, sb);
        return sb.toString();
    }

    private static void answer(JsonWriter w, Answer answer) {
        w.beginObject().name("question").value(answer.questionIdentifier());
        if (answer instanceof FreeTextAnswer) {
            FreeTextAnswer text = (FreeTextAnswer) answer;
            w.name("type").value("FreeText").name("text").value(text.text());
        } else if (answer instanceof SelectionAnswer) {
            SelectionAnswer selection = (SelectionAnswer) answer;
            w.name("type").value("Selection").name("selections").beginArray();
            for (String id : selection.selectionIdentifiers()) {
                w.value(id);
            }
            w.endArray().member("otherText", selection.otherSelectionText());
        } else {
            UploadedFileAnswer file = (UploadedFileAnswer) answer;
            w.name("type").value("UploadedFile").name("fileKey").value(file.fileKey())
                    .name("sizeInBytes").value(file.sizeInBytes());
        }
        w.endObject();
    }

    private static void time(JsonWriter w, String name, Instant time) {
        if (time != null) {
            w.name(name).value(time.toString());
        }
    }
}
