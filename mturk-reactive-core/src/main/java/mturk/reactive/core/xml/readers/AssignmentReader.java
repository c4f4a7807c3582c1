package mturk.reactive.core.xml.readers;

import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.Assignment;

/**
 * Reads an {@code Assignment} element (GetAssignmentsForHIT, GetAssignment) into an {@link Assignment}. The
 * {@code Answer} text, an escaped {@code QuestionFormAnswers} document, is kept verbatim in {@code answerXml} and
 * parsed into typed answers by {@link QuestionFormAnswersReader} when the assignment's end tag is read; an empty
 * {@code <Answer/>} gives no answers. Unknown elements are skipped. Every leaf is a shared {@link Child#field(int)}, so
 * reading an assignment allocates nothing per element beyond its values.
 */
public final class AssignmentReader implements RecordReader<Assignment> {

    private static final int ASSIGNMENT_ID = 0;
    private static final int WORKER_ID = 1;
    private static final int HIT_ID = 2;
    private static final int STATUS = 3;
    private static final int AUTO_APPROVAL_TIME = 4;
    private static final int ACCEPT_TIME = 5;
    private static final int SUBMIT_TIME = 6;
    private static final int APPROVAL_TIME = 7;
    private static final int REJECTION_TIME = 8;
    private static final int DEADLINE = 9;
    private static final int ANSWER = 10;
    private static final int FEEDBACK = 11;

    private final Assignment.Builder assignment = Assignment.builder();
    private String answerXml;

    @Override
    public Child child(String name) {
        return switch (name) {
            case "AssignmentId" -> Child.field(ASSIGNMENT_ID);
            case "WorkerId" -> Child.field(WORKER_ID);
            case "HITId" -> Child.field(HIT_ID);
            case "AssignmentStatus" -> Child.field(STATUS);
            case "AutoApprovalTime" -> Child.field(AUTO_APPROVAL_TIME);
            case "AcceptTime" -> Child.field(ACCEPT_TIME);
            case "SubmitTime" -> Child.field(SUBMIT_TIME);
            case "ApprovalTime" -> Child.field(APPROVAL_TIME);
            case "RejectionTime" -> Child.field(REJECTION_TIME);
            case "Deadline" -> Child.field(DEADLINE);
            case "Answer" -> Child.field(ANSWER);
            case "RequesterFeedback" -> Child.field(FEEDBACK);
            default -> Child.skip();
        };
    }

    @Override
    public void text(int id, String t) {
        switch (id) {
            case ASSIGNMENT_ID -> assignment.assignmentId(t.strip());
            case WORKER_ID -> assignment.workerId(t.strip());
            case HIT_ID -> assignment.hitId(t.strip());
            case STATUS -> assignment.assignmentStatusWire(t.strip());
            case AUTO_APPROVAL_TIME -> assignment.autoApprovalTime(Values.instant("AutoApprovalTime", t));
            case ACCEPT_TIME -> assignment.acceptTime(Values.instant("AcceptTime", t));
            case SUBMIT_TIME -> assignment.submitTime(Values.instant("SubmitTime", t));
            case APPROVAL_TIME -> assignment.approvalTime(Values.instant("ApprovalTime", t));
            case REJECTION_TIME -> assignment.rejectionTime(Values.instant("RejectionTime", t));
            case DEADLINE -> assignment.deadline(Values.instant("Deadline", t));
            case ANSWER -> answerXml = t;
            case FEEDBACK -> assignment.requesterFeedback(t);
            default -> throw new IllegalStateException("unexpected field " + id);
        }
    }

    @Override
    public Assignment finish() {
        if (answerXml != null) {
            assignment.answerXml(answerXml).answers(QuestionFormAnswersReader.parse(answerXml));
        }
        return assignment.build();
    }
}
