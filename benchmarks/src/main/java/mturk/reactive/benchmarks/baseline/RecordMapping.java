package mturk.reactive.benchmarks.baseline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.Hit;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.answer.SelectionAnswer;
import mturk.reactive.model.answer.UploadedFileAnswer;

/**
 * The mapping from wire element names and texts to the model's records that both baseline decoders share, so that
 * DOM and StAX differ only in how they reach the texts. Unknown elements are ignored, as the SDK ignores them.
 */
final class RecordMapping {

    private RecordMapping() {
    }

    /** Sets one leaf field of an assignment ({@code Answer} is handled by the caller). */
    static void assignmentField(Assignment.Builder assignment, String name, String text) {
        switch (name) {
            case "AssignmentId" -> assignment.assignmentId(text);
            case "WorkerId" -> assignment.workerId(text);
            case "HITId" -> assignment.hitId(text);
            case "AssignmentStatus" -> assignment.assignmentStatusWire(text);
            case "AutoApprovalTime" -> assignment.autoApprovalTime(Instant.parse(text));
            case "AcceptTime" -> assignment.acceptTime(Instant.parse(text));
            case "SubmitTime" -> assignment.submitTime(Instant.parse(text));
            case "ApprovalTime" -> assignment.approvalTime(Instant.parse(text));
            case "RejectionTime" -> assignment.rejectionTime(Instant.parse(text));
            case "Deadline" -> assignment.deadline(Instant.parse(text));
            case "RequesterFeedback" -> assignment.requesterFeedback(text);
            default -> {
            }
        }
    }

    /** Sets one leaf field of a HIT ({@code Reward} and {@code QualificationRequirement} are handled by the caller). */
    static void hitField(Hit.Builder hit, String name, String text) {
        switch (name) {
            case "HITId" -> hit.hitId(text);
            case "HITTypeId" -> hit.hitTypeId(text);
            case "HITGroupId" -> hit.hitGroupId(text);
            case "HITLayoutId" -> hit.hitLayoutId(text);
            case "CreationTime" -> hit.creationTime(Instant.parse(text));
            case "Title" -> hit.title(text);
            case "Description" -> hit.description(text);
            case "Question" -> hit.question(text);
            case "Keywords" -> hit.keywords(text);
            case "HITStatus" -> hit.hitStatusWire(text);
            case "MaxAssignments" -> hit.maxAssignments(Integer.valueOf(text));
            case "AutoApprovalDelayInSeconds" -> hit.autoApprovalDelay(Duration.ofSeconds(Long.parseLong(text)));
            case "Expiration" -> hit.expiration(Instant.parse(text));
            case "AssignmentDurationInSeconds" -> hit.assignmentDuration(Duration.ofSeconds(Long.parseLong(text)));
            case "RequesterAnnotation" -> hit.requesterAnnotation(text);
            case "HITReviewStatus" -> hit.hitReviewStatusWire(text);
            case "NumberOfAssignmentsPending" -> hit.numberOfAssignmentsPending(Integer.valueOf(text));
            case "NumberOfAssignmentsAvailable" -> hit.numberOfAssignmentsAvailable(Integer.valueOf(text));
            case "NumberOfAssignmentsCompleted" -> hit.numberOfAssignmentsCompleted(Integer.valueOf(text));
            default -> {
            }
        }
    }

    /** A reward from its three texts. */
    static Price price(String amount, String currencyCode, String formattedPrice) {
        return new Price(new BigDecimal(amount), currencyCode, formattedPrice);
    }

    /** Collects the children of one {@code QualificationRequirement}. */
    static final class RequirementFields {
        String qualificationTypeId;
        String comparator;
        final List<Integer> integerValues = new ArrayList<>(2);
        final List<LocaleValue> localeValues = new ArrayList<>(2);
        boolean requiredToPreview;

        void field(String name, String text) {
            switch (name) {
                case "QualificationTypeId" -> qualificationTypeId = text;
                case "Comparator" -> comparator = text;
                case "IntegerValue" -> integerValues.add(Integer.valueOf(text));
                case "RequiredToPreview" -> requiredToPreview = "1".equals(text) || "true".equalsIgnoreCase(text);
                default -> {
                }
            }
        }

        QualificationRequirement build() {
            return new QualificationRequirement(qualificationTypeId, null, comparator, integerValues, localeValues,
                    requiredToPreview);
        }
    }

    /** Collects the children of one inner {@code Answer} of a {@code QuestionFormAnswers} document. */
    static final class AnswerFields {
        private String questionIdentifier;
        private String freeText;
        private List<String> selections;
        private String otherSelectionText;
        private String fileKey;
        private long fileSize = -1;

        void field(String name, String text) {
            switch (name) {
                case "QuestionIdentifier" -> questionIdentifier = text;
                case "FreeText" -> freeText = text;
                case "SelectionIdentifier" -> {
                    if (selections == null) {
                        selections = new ArrayList<>(3);
                    }
                    selections.add(text);
                }
                case "OtherSelectionText" -> otherSelectionText = text;
                case "UploadedFileKey" -> fileKey = text;
                case "UploadedFileSizeInBytes" -> fileSize = Long.parseLong(text);
                default -> {
                }
            }
        }

        Answer build() {
            if (fileKey != null || fileSize >= 0) {
                return new UploadedFileAnswer(questionIdentifier, fileKey == null ? "" : fileKey, Math.max(0, fileSize));
            }
            if (freeText != null) {
                return new FreeTextAnswer(questionIdentifier, freeText);
            }
            return new SelectionAnswer(questionIdentifier, selections == null ? List.of() : selections,
                    otherSelectionText);
        }
    }
}
