package mturk.reactive.core.operation;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.request.AssignQualificationRequest;
import mturk.reactive.model.request.AssignmentDecisionRequest;
import mturk.reactive.model.request.BlockWorkerRequest;
import mturk.reactive.model.request.ChangeHitTypeOfHitRequest;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.CreateQualificationTypeRequest;
import mturk.reactive.model.request.ExtendHitRequest;
import mturk.reactive.model.request.GetAssignmentsForHitRequest;
import mturk.reactive.model.request.GetBlockedWorkersRequest;
import mturk.reactive.model.request.GetBonusPaymentsRequest;
import mturk.reactive.model.request.GetFileUploadUrlRequest;
import mturk.reactive.model.request.GetHitsForQualificationTypeRequest;
import mturk.reactive.model.request.GetQualificationRequestsRequest;
import mturk.reactive.model.request.GetQualificationsForQualificationTypeRequest;
import mturk.reactive.model.request.GetRequesterStatisticRequest;
import mturk.reactive.model.request.GetRequesterWorkerStatisticRequest;
import mturk.reactive.model.request.GetReviewResultsForHitRequest;
import mturk.reactive.model.request.GetReviewableHitsRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.GrantQualificationRequest;
import mturk.reactive.model.request.HelpRequest;
import mturk.reactive.model.request.NotifyWorkersRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import mturk.reactive.model.request.RejectQualificationRequestRequest;
import mturk.reactive.model.request.RevokeQualificationRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import mturk.reactive.model.request.SearchQualificationTypesRequest;
import mturk.reactive.model.request.SendTestEventNotificationRequest;
import mturk.reactive.model.request.SetHitAsReviewingRequest;
import mturk.reactive.model.request.SetHitTypeNotificationRequest;
import mturk.reactive.model.request.UpdateQualificationScoreRequest;
import mturk.reactive.model.request.UpdateQualificationTypeRequest;
import mturk.reactive.model.wire.ParameterSink;
import mturk.reactive.model.wire.WireParameters;

/**
 * The form parameters of each operation, encoded from the model's validated request records with the model's
 * {@link WireParameters} encoders. The rules, in one place:
 * <ul>
 *   <li>a null (absent) value is never sent (boto2 sent the string {@code None});</li>
 *   <li>booleans are lower-case {@code true}/{@code false} (boto2 sent {@code True}/{@code False});</li>
 *   <li>durations are whole seconds, money is the caller's {@code BigDecimal} in plain notation;</li>
 *   <li>structures are flattened with 1-based ordinals: {@code Reward.1.Amount},
 *       {@code QualificationRequirement.N.*} with every integer and locale value,
 *       {@code HITLayoutParameter.N.*}, {@code Notification.1.*}, review policies;</li>
 *   <li>{@code Active} of {@code SetHITTypeNotification} is the documented top-level parameter (boto2 nested it as
 *       {@code Notification.1.Active} and always sent {@code True});</li>
 *   <li>repeated values: {@code ResponseGroup.N}, {@code WorkerId.N}, {@code PolicyLevel.N}; the status filters
 *       {@code Status} and {@code AssignmentStatus} are one comma-separated value (a single status is sent exactly
 *       as boto2 sends it); {@code About} is sent bare for one name and as {@code About.N} for several;</li>
 *   <li>request defaults (sort order, page, status filters) are sent explicitly, as boto2 does;</li>
 *   <li>{@code UniqueRequestToken} is sent when the caller gave one; otherwise the client adds a generated one.</li>
 * </ul>
 */
public final class OperationParams {

    private OperationParams() {
    }

    private static Params build(java.util.function.Consumer<ParameterSink> encoder) {
        Params.Builder b = Params.builder();
        encoder.accept(b::add);
        return b.build();
    }

    private static void page(ParameterSink s, PageRequest page) {
        WireParameters.number(s, "PageSize", page.pageSize());
        WireParameters.number(s, "PageNumber", page.pageNumber());
    }

    private static void responseGroups(ParameterSink s, List<ResponseGroup> groups) {
        WireParameters.enumList(s, "ResponseGroup", groups);
    }

    private static String required(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    // ---- HIT types and HITs ----

    /**
     * @param r the request
     * @return {@code Title}, {@code Description}, {@code Reward.1.*}, {@code AssignmentDurationInSeconds},
     *         {@code Keywords}, {@code AutoApprovalDelayInSeconds}, {@code QualificationRequirement.N.*}
     */
    public static Params registerHitType(RegisterHitTypeRequest r) {
        return build(s -> {
            WireParameters.string(s, "Title", r.title());
            WireParameters.string(s, "Description", r.description());
            WireParameters.price(s, "Reward", r.reward());
            WireParameters.seconds(s, "AssignmentDurationInSeconds", r.assignmentDuration());
            WireParameters.string(s, "Keywords", r.keywords());
            WireParameters.seconds(s, "AutoApprovalDelayInSeconds", r.autoApprovalDelay());
            WireParameters.qualificationRequirements(s, r.qualificationRequirements());
        });
    }

    /**
     * @param r the request
     * @return either {@code HITTypeId} or the HIT type properties, then the question or layout, lifetime, maximum
     *         assignments, review policies, annotation, the caller's token and response groups
     */
    public static Params createHit(CreateHitRequest r) {
        return build(s -> {
            WireParameters.string(s, "HITTypeId", r.hitTypeId());
            WireParameters.string(s, "Title", r.title());
            WireParameters.string(s, "Description", r.description());
            WireParameters.price(s, "Reward", r.reward());
            WireParameters.seconds(s, "AssignmentDurationInSeconds", r.assignmentDuration());
            WireParameters.string(s, "Keywords", r.keywords());
            WireParameters.seconds(s, "AutoApprovalDelayInSeconds", r.autoApprovalDelay());
            WireParameters.qualificationRequirements(s, r.qualificationRequirements());
            WireParameters.string(s, "Question", r.question());
            WireParameters.string(s, "HITLayoutId", r.hitLayoutId());
            WireParameters.layoutParameters(s, r.layoutParameters());
            WireParameters.seconds(s, "LifetimeInSeconds", r.lifetime());
            WireParameters.number(s, "MaxAssignments", r.maxAssignments());
            WireParameters.reviewPolicy(s, "AssignmentReviewPolicy", r.assignmentReviewPolicy());
            WireParameters.reviewPolicy(s, "HITReviewPolicy", r.hitReviewPolicy());
            WireParameters.string(s, "RequesterAnnotation", r.requesterAnnotation());
            WireParameters.string(s, "UniqueRequestToken", r.uniqueRequestToken());
            responseGroups(s, r.responseGroups());
        });
    }

    /**
     * @param r the request
     * @return {@code HITTypeId}, {@code Notification.1.*} if given, top-level {@code Active} if given
     */
    public static Params setHitTypeNotification(SetHitTypeNotificationRequest r) {
        return build(s -> {
            WireParameters.string(s, "HITTypeId", r.hitTypeId());
            WireParameters.notification(s, r.notification());
            WireParameters.bool(s, "Active", r.active());
        });
    }

    /**
     * @param r the request
     * @return {@code Notification.1.*} and {@code TestEventType}
     */
    public static Params sendTestEventNotification(SendTestEventNotificationRequest r) {
        return build(s -> {
            WireParameters.notification(s, r.notification());
            WireParameters.enumValue(s, "TestEventType", r.testEventType());
        });
    }

    /**
     * @param hitId          the HIT
     * @param responseGroups response groups, possibly empty
     * @return {@code HITId}, {@code ResponseGroup.N}
     */
    public static Params getHit(String hitId, List<ResponseGroup> responseGroups) {
        return build(s -> {
            s.put("HITId", required("hitId", hitId));
            responseGroups(s, responseGroups);
        });
    }

    /**
     * @param hitId the HIT
     * @return {@code HITId} alone (DisableHIT, DisposeHIT, ForceExpireHIT)
     */
    public static Params hitId(String hitId) {
        return build(s -> s.put("HITId", required("hitId", hitId)));
    }

    /**
     * @param r the request
     * @return {@code SortProperty}, {@code SortDirection}, {@code PageSize}, {@code PageNumber}, {@code ResponseGroup.N}
     */
    public static Params searchHits(SearchHitsRequest r) {
        return build(s -> {
            WireParameters.enumValue(s, "SortProperty", r.sortProperty());
            WireParameters.enumValue(s, "SortDirection", r.sortDirection());
            page(s, r.page());
            responseGroups(s, r.responseGroups());
        });
    }

    /**
     * @param r the request
     * @return {@code HITTypeId} if given, {@code Status} (comma list), sort, page
     */
    public static Params getReviewableHits(GetReviewableHitsRequest r) {
        return build(s -> {
            WireParameters.string(s, "HITTypeId", r.hitTypeId());
            WireParameters.enumCommaList(s, "Status", r.statuses());
            WireParameters.enumValue(s, "SortProperty", r.sortProperty());
            WireParameters.enumValue(s, "SortDirection", r.sortDirection());
            page(s, r.page());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId}, page
     */
    public static Params getHitsForQualificationType(GetHitsForQualificationTypeRequest r) {
        return build(s -> {
            s.put("QualificationTypeId", r.qualificationTypeId());
            page(s, r.page());
        });
    }

    /**
     * @param r the request
     * @return {@code HITId}, {@code HITTypeId}
     */
    public static Params changeHitTypeOfHit(ChangeHitTypeOfHitRequest r) {
        return build(s -> {
            s.put("HITId", r.hitId());
            s.put("HITTypeId", r.hitTypeId());
        });
    }

    /**
     * @param r the request
     * @return {@code HITId}, {@code MaxAssignmentsIncrement} or {@code ExpirationIncrementInSeconds}, the caller's
     *         token
     */
    public static Params extendHit(ExtendHitRequest r) {
        return build(s -> {
            s.put("HITId", r.hitId());
            WireParameters.number(s, "MaxAssignmentsIncrement", r.maxAssignmentsIncrement());
            WireParameters.seconds(s, "ExpirationIncrementInSeconds", r.expirationIncrement());
            WireParameters.string(s, "UniqueRequestToken", r.uniqueRequestToken());
        });
    }

    /**
     * @param r the request
     * @return {@code HITId}, and {@code Revert=true} only when reverting (false is the service default)
     */
    public static Params setHitAsReviewing(SetHitAsReviewingRequest r) {
        return build(s -> {
            s.put("HITId", r.hitId());
            if (r.revert()) {
                WireParameters.bool(s, "Revert", true);
            }
        });
    }

    /**
     * @param r the request
     * @return {@code HITId}, {@code PolicyLevel.N}, {@code AssignmentId}, {@code RetrieveActions},
     *         {@code RetrieveResults}, {@code PageSize}, {@code PageNumber}, each only if given
     */
    public static Params getReviewResultsForHit(GetReviewResultsForHitRequest r) {
        return build(s -> {
            s.put("HITId", r.hitId());
            WireParameters.enumList(s, "PolicyLevel", r.policyLevels());
            WireParameters.string(s, "AssignmentId", r.assignmentId());
            WireParameters.bool(s, "RetrieveActions", r.retrieveActions());
            WireParameters.bool(s, "RetrieveResults", r.retrieveResults());
            WireParameters.number(s, "PageSize", r.pageSize());
            WireParameters.number(s, "PageNumber", r.pageNumber());
        });
    }

    // ---- assignments and bonuses ----

    /**
     * @param assignmentId   the assignment
     * @param responseGroups response groups, possibly empty
     * @return {@code AssignmentId}, {@code ResponseGroup.N}
     */
    public static Params getAssignment(String assignmentId, List<ResponseGroup> responseGroups) {
        return build(s -> {
            s.put("AssignmentId", required("assignmentId", assignmentId));
            responseGroups(s, responseGroups);
        });
    }

    /**
     * @param r the request
     * @return {@code HITId}, {@code AssignmentStatus} (comma list) if given, sort, page, {@code ResponseGroup.N}
     */
    public static Params getAssignmentsForHit(GetAssignmentsForHitRequest r) {
        return build(s -> {
            s.put("HITId", r.hitId());
            WireParameters.enumCommaList(s, "AssignmentStatus", r.assignmentStatuses());
            WireParameters.enumValue(s, "SortProperty", r.sortProperty());
            WireParameters.enumValue(s, "SortDirection", r.sortDirection());
            page(s, r.page());
            responseGroups(s, r.responseGroups());
        });
    }

    /**
     * @param r the request
     * @return {@code AssignmentId}, {@code RequesterFeedback} if given (Approve, Reject, ApproveRejected)
     */
    public static Params assignmentDecision(AssignmentDecisionRequest r) {
        return build(s -> {
            s.put("AssignmentId", r.assignmentId());
            WireParameters.string(s, "RequesterFeedback", r.requesterFeedback());
        });
    }

    /**
     * @param r the request
     * @return {@code AssignmentId}, {@code QuestionIdentifier}
     */
    public static Params getFileUploadUrl(GetFileUploadUrlRequest r) {
        return build(s -> {
            s.put("AssignmentId", r.assignmentId());
            s.put("QuestionIdentifier", r.questionIdentifier());
        });
    }

    /**
     * @param r the request
     * @return {@code WorkerId}, {@code AssignmentId}, {@code BonusAmount.1.*}, {@code Reason}, the caller's token
     */
    public static Params grantBonus(GrantBonusRequest r) {
        return build(s -> {
            s.put("WorkerId", r.workerId());
            s.put("AssignmentId", r.assignmentId());
            WireParameters.price(s, "BonusAmount", r.bonusAmount());
            s.put("Reason", r.reason());
            WireParameters.string(s, "UniqueRequestToken", r.uniqueRequestToken());
        });
    }

    /**
     * @param r the request
     * @return {@code HITId} or {@code AssignmentId}, page
     */
    public static Params getBonusPayments(GetBonusPaymentsRequest r) {
        return build(s -> {
            WireParameters.string(s, "HITId", r.hitId());
            WireParameters.string(s, "AssignmentId", r.assignmentId());
            page(s, r.page());
        });
    }

    // ---- workers ----

    /**
     * @param r the request
     * @return {@code WorkerId}, {@code Reason} if given (BlockWorker, UnblockWorker)
     */
    public static Params workerBlock(BlockWorkerRequest r) {
        return build(s -> {
            s.put("WorkerId", r.workerId());
            WireParameters.string(s, "Reason", r.reason());
        });
    }

    /**
     * @param r the request
     * @return {@code PageSize}, {@code PageNumber}
     */
    public static Params getBlockedWorkers(GetBlockedWorkersRequest r) {
        return build(s -> {
            WireParameters.number(s, "PageSize", r.pageSize());
            WireParameters.number(s, "PageNumber", r.pageNumber());
        });
    }

    /**
     * @param r the request
     * @return {@code Subject}, {@code MessageText}, {@code WorkerId.N}
     */
    public static Params notifyWorkers(NotifyWorkersRequest r) {
        return build(s -> {
            s.put("Subject", r.subject());
            s.put("MessageText", r.messageText());
            WireParameters.list(s, "WorkerId", r.workerIds());
        });
    }

    // ---- qualifications ----

    /**
     * @param r the request
     * @return {@code Name}, {@code Description}, {@code QualificationTypeStatus}, then each optional field if given
     */
    public static Params createQualificationType(CreateQualificationTypeRequest r) {
        return build(s -> {
            s.put("Name", r.name());
            s.put("Description", r.description());
            WireParameters.enumValue(s, "QualificationTypeStatus", r.qualificationTypeStatus());
            WireParameters.string(s, "Keywords", r.keywords());
            WireParameters.seconds(s, "RetryDelayInSeconds", r.retryDelay());
            WireParameters.string(s, "Test", r.test());
            WireParameters.string(s, "AnswerKey", r.answerKey());
            WireParameters.seconds(s, "TestDurationInSeconds", r.testDuration());
            WireParameters.bool(s, "AutoGranted", r.autoGranted());
            WireParameters.number(s, "AutoGrantedValue", r.autoGrantedValue());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId}, then each field to change if given
     */
    public static Params updateQualificationType(UpdateQualificationTypeRequest r) {
        return build(s -> {
            s.put("QualificationTypeId", r.qualificationTypeId());
            WireParameters.string(s, "Description", r.description());
            WireParameters.enumValue(s, "QualificationTypeStatus", r.qualificationTypeStatus());
            WireParameters.seconds(s, "RetryDelayInSeconds", r.retryDelay());
            WireParameters.string(s, "Test", r.test());
            WireParameters.string(s, "AnswerKey", r.answerKey());
            WireParameters.seconds(s, "TestDurationInSeconds", r.testDuration());
            WireParameters.bool(s, "AutoGranted", r.autoGranted());
            WireParameters.number(s, "AutoGrantedValue", r.autoGrantedValue());
        });
    }

    /**
     * @param qualificationTypeId the type
     * @return {@code QualificationTypeId} alone (GetQualificationType, DisposeQualificationType)
     */
    public static Params qualificationTypeId(String qualificationTypeId) {
        return build(s -> s.put("QualificationTypeId", required("qualificationTypeId", qualificationTypeId)));
    }

    /**
     * @param r the request
     * @return {@code Query} if given, sort, page, {@code MustBeRequestable}, {@code MustBeOwnedByCaller}
     */
    public static Params searchQualificationTypes(SearchQualificationTypesRequest r) {
        return build(s -> {
            WireParameters.string(s, "Query", r.query());
            WireParameters.enumValue(s, "SortProperty", r.sortProperty());
            WireParameters.enumValue(s, "SortDirection", r.sortDirection());
            page(s, r.page());
            WireParameters.bool(s, "MustBeRequestable", r.mustBeRequestable());
            WireParameters.bool(s, "MustBeOwnedByCaller", r.mustBeOwnedByCaller());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId} if given, sort, page
     */
    public static Params getQualificationRequests(GetQualificationRequestsRequest r) {
        return build(s -> {
            WireParameters.string(s, "QualificationTypeId", r.qualificationTypeId());
            WireParameters.enumValue(s, "SortProperty", r.sortProperty());
            WireParameters.enumValue(s, "SortDirection", r.sortDirection());
            page(s, r.page());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationRequestId}, {@code IntegerValue}
     */
    public static Params grantQualification(GrantQualificationRequest r) {
        return build(s -> {
            s.put("QualificationRequestId", r.qualificationRequestId());
            WireParameters.number(s, "IntegerValue", r.integerValue());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationRequestId}, {@code Reason} if given
     */
    public static Params rejectQualificationRequest(RejectQualificationRequestRequest r) {
        return build(s -> {
            s.put("QualificationRequestId", r.qualificationRequestId());
            WireParameters.string(s, "Reason", r.reason());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId}, {@code WorkerId}, {@code IntegerValue}, {@code SendNotification}
     */
    public static Params assignQualification(AssignQualificationRequest r) {
        return build(s -> {
            s.put("QualificationTypeId", r.qualificationTypeId());
            s.put("WorkerId", r.workerId());
            WireParameters.number(s, "IntegerValue", r.integerValue());
            WireParameters.bool(s, "SendNotification", r.sendNotification());
        });
    }

    /**
     * @param r the request
     * @return {@code SubjectId}, {@code QualificationTypeId}, {@code Reason} if given
     */
    public static Params revokeQualification(RevokeQualificationRequest r) {
        return build(s -> {
            s.put("SubjectId", r.subjectId());
            s.put("QualificationTypeId", r.qualificationTypeId());
            WireParameters.string(s, "Reason", r.reason());
        });
    }

    /**
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @return {@code QualificationTypeId}, {@code SubjectId}
     */
    public static Params getQualificationScore(String qualificationTypeId, String workerId) {
        return build(s -> {
            s.put("QualificationTypeId", required("qualificationTypeId", qualificationTypeId));
            s.put("SubjectId", required("workerId", workerId));
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId}, {@code SubjectId}, {@code IntegerValue}
     */
    public static Params updateQualificationScore(UpdateQualificationScoreRequest r) {
        return build(s -> {
            s.put("QualificationTypeId", r.qualificationTypeId());
            s.put("SubjectId", r.subjectId());
            WireParameters.number(s, "IntegerValue", r.integerValue());
        });
    }

    /**
     * @param r the request
     * @return {@code QualificationTypeId}, {@code Status}, page
     */
    public static Params getQualificationsForQualificationType(GetQualificationsForQualificationTypeRequest r) {
        return build(s -> {
            s.put("QualificationTypeId", r.qualificationTypeId());
            WireParameters.enumValue(s, "Status", r.status());
            page(s, r.page());
        });
    }

    // ---- statistics, help ----

    /**
     * @param r the request
     * @return {@code Statistic}, {@code TimePeriod}, {@code Count} if given
     */
    public static Params getRequesterStatistic(GetRequesterStatisticRequest r) {
        return build(s -> {
            WireParameters.enumValue(s, "Statistic", r.statistic());
            WireParameters.enumValue(s, "TimePeriod", r.timePeriod());
            WireParameters.number(s, "Count", r.count());
        });
    }

    /**
     * @param r the request
     * @return {@code Statistic}, {@code WorkerId}, {@code TimePeriod}, {@code Count} if given
     */
    public static Params getRequesterWorkerStatistic(GetRequesterWorkerStatisticRequest r) {
        return build(s -> {
            WireParameters.enumValue(s, "Statistic", r.statistic());
            s.put("WorkerId", r.workerId());
            WireParameters.enumValue(s, "TimePeriod", r.timePeriod());
            WireParameters.number(s, "Count", r.count());
        });
    }

    /**
     * @param r the request
     * @return {@code About} (one name) or {@code About.N} (several), {@code HelpType}
     */
    public static Params help(HelpRequest r) {
        return build(s -> {
            if (r.about().size() == 1) {
                s.put("About", r.about().get(0));
            } else {
                WireParameters.list(s, "About", r.about());
            }
            WireParameters.enumValue(s, "HelpType", r.helpType());
        });
    }
}
