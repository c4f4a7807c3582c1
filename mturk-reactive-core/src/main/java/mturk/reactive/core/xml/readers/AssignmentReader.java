package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Assignment;

/**
 * Reads an {@code Assignment} element (GetAssignmentsForHIT, GetAssignment) into an {@link Assignment}. The
 * {@code Answer} text, an escaped {@code QuestionFormAnswers} document, is kept verbatim in {@code answerXml} and
 * parsed into typed answers by {@link QuestionFormAnswersReader} when the assignment's end tag is read; an empty
 * {@code <Answer/>} gives no answers. Unknown elements are skipped.
 */
public final class AssignmentReader implements RecordReader<Assignment> {

    private final Assignment.Builder assignment = Assignment.builder();
    private String answerXml;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "AssignmentId" -> Child.text(t -> assignment.assignmentId(t.strip()));
            case "WorkerId" -> Child.text(t -> assignment.workerId(t.strip()));
            case "HITId" -> Child.text(t -> assignment.hitId(t.strip()));
            case "AssignmentStatus" -> Child.text(t -> assignment.assignmentStatusWire(t.strip()));
            case "AutoApprovalTime" -> Child.text(t -> assignment.autoApprovalTime(Values.instant(name, t)));
            case "AcceptTime" -> Child.text(t -> assignment.acceptTime(Values.instant(name, t)));
            case "SubmitTime" -> Child.text(t -> assignment.submitTime(Values.instant(name, t)));
            case "ApprovalTime" -> Child.text(t -> assignment.approvalTime(Values.instant(name, t)));
            case "RejectionTime" -> Child.text(t -> assignment.rejectionTime(Values.instant(name, t)));
            case "Deadline" -> Child.text(t -> assignment.deadline(Values.instant(name, t)));
            case "Answer" -> Child.text(t -> answerXml = t);
            case "RequesterFeedback" -> Child.text(assignment::requesterFeedback);
            default -> Child.skip();
        };
    }

    @Override
    public Assignment finish() {
        if (answerXml != null) {
            assignment.answerXml(answerXml).answers(QuestionFormAnswersReader.parse(answerXml));
        }
        return assignment.build();
    }
}
