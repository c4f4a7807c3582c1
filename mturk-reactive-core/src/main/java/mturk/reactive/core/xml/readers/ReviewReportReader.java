package mturk.reactive.core.xml.readers;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.ReviewAction;
import mturk.reactive.model.ReviewReport;
import mturk.reactive.model.ReviewResult;

/**
 * Reads a ReviewReport ({@code AssignmentReviewReport}, {@code HITReviewReport}): the optional paging fields, every
 * {@code ReviewResult} and every {@code ReviewAction}. Both spellings of the documentation are accepted: the subject
 * type as {@code SubjectType} (schema) or {@code ObjectType} (docs), statuses in any case.
 */
public final class ReviewReportReader implements RecordReader<ReviewReport> {

    private Integer pageNumber;
    private Integer numResults;
    private Integer totalNumResults;
    private final List<ReviewResult> results = new ArrayList<>();
    private final List<ReviewAction> actions = new ArrayList<>();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "PageNumber" -> Child.text(t -> pageNumber = Values.integer(name, t));
            case "NumResults" -> Child.text(t -> numResults = Values.integer(name, t));
            case "TotalNumResults" -> Child.text(t -> totalNumResults = Values.integer(name, t));
            case "ReviewResult" -> Child.record(new ResultReader(), results::add);
            case "ReviewAction" -> Child.record(new ActionReader(), actions::add);
            default -> Child.skip();
        };
    }

    @Override
    public ReviewReport finish() {
        return new ReviewReport(pageNumber, numResults, totalNumResults, results, actions);
    }

    /** One {@code ReviewResult}. */
    private static final class ResultReader implements RecordReader<ReviewResult> {
        private final ReviewResult.Builder result = ReviewResult.builder();

        @Override
        public Child child(String name) {
            return switch (name) {
                case "ActionId" -> Child.text(t -> result.actionId(t.strip()));
                case "SubjectId" -> Child.text(t -> result.subjectId(t.strip()));
                case "SubjectType", "ObjectType" -> Child.text(t -> result.subjectType(t.strip()));
                case "QuestionId" -> Child.text(t -> result.questionId(t.strip()));
                case "Key" -> Child.text(t -> result.key(t.strip()));
                case "Value" -> Child.text(result::value);
                default -> Child.skip();
            };
        }

        @Override
        public ReviewResult finish() {
            return result.build();
        }
    }

    /** One {@code ReviewAction}. */
    private static final class ActionReader implements RecordReader<ReviewAction> {
        private final ReviewAction.Builder action = ReviewAction.builder();

        @Override
        public Child child(String name) {
            return switch (name) {
                case "ActionId" -> Child.text(t -> action.actionId(t.strip()));
                case "ActionName" -> Child.text(t -> action.actionName(t.strip()));
                case "ObjectId" -> Child.text(t -> action.objectId(t.strip()));
                case "ObjectType" -> Child.text(t -> action.objectType(t.strip()));
                case "Status" -> Child.text(t -> action.statusWire(t.strip()));
                case "CompleteTime" -> Child.text(t -> action.completeTime(Values.instant(name, t)));
                case "Result" -> Child.text(action::result);
                case "ErrorCode" -> Child.text(t -> action.errorCode(t.strip()));
                default -> Child.skip();
            };
        }

        @Override
        public ReviewAction finish() {
            return action.build();
        }
    }
}
