package mturk.reactive.core.operation;

import mturk.reactive.model.AccountBalance;
import mturk.reactive.core.AssignmentWithHit;
import mturk.reactive.core.HelpInformation;
import mturk.reactive.core.xml.ResponseSpec;
import mturk.reactive.core.xml.readers.AccountBalanceReader;
import mturk.reactive.core.xml.readers.AssignmentReader;
import mturk.reactive.core.xml.readers.AssignmentWithHitReader;
import mturk.reactive.core.xml.readers.BonusPaymentReader;
import mturk.reactive.core.xml.readers.FileUploadUrlReader;
import mturk.reactive.core.xml.readers.HelpInformationReader;
import mturk.reactive.core.xml.readers.HitReader;
import mturk.reactive.core.xml.readers.HitTypeIdReader;
import mturk.reactive.core.xml.readers.NotifyWorkersFailureReader;
import mturk.reactive.core.xml.readers.QualificationReader;
import mturk.reactive.core.xml.readers.QualificationRequestReader;
import mturk.reactive.core.xml.readers.QualificationTypeReader;
import mturk.reactive.core.xml.readers.ReviewResultsReader;
import mturk.reactive.core.xml.readers.StatisticResultReader;
import mturk.reactive.core.xml.readers.WorkerBlockReader;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.BonusPayment;
import mturk.reactive.model.FileUploadUrl;
import mturk.reactive.model.Hit;
import mturk.reactive.model.NotifyWorkersFailure;
import mturk.reactive.model.Qualification;
import mturk.reactive.model.QualificationRequest;
import mturk.reactive.model.QualificationType;
import mturk.reactive.model.ReviewResults;
import mturk.reactive.model.StatisticResult;
import mturk.reactive.model.WorkerBlock;

/**
 * The operations table: one {@link Operation} per 2014-08-15 action, with its wire name, retry safety, token use and
 * response reader. Client methods are one-liners over these constants and the encoders of {@link OperationParams}.
 *
 * <p>Retry safety, decided per operation (the client retries throttling, 5xx and lost connections only for
 * retry-safe operations; every other operation is retried only when the service cannot have acted on it: the
 * connection could not be established, or the service throttled the request with HTTP 503 /
 * {@code AWS.ServiceUnavailable}):
 * <ul>
 *   <li>reads: always safe;</li>
 *   <li>{@code CreateHIT}, {@code ExtendHIT}, {@code GrantBonus}: safe through {@code UniqueRequestToken}; the
 *       service answers a repeat with {@code HitAlreadyExists} / {@code DuplicateCall}, which the client turns into
 *       success;</li>
 *   <li>state changes whose repeat leaves the same state and is answered as success: {@code RegisterHITType} (same
 *       properties give the same id), {@code SetHITTypeNotification} and {@code UpdateQualificationType} (replace
 *       values), {@code UpdateQualificationScore} (sets a value), {@code ChangeHITTypeOfHIT} (sets the type),
 *       {@code BlockWorker} ("already blocked" is success) and {@code UnblockWorker} ("not blocked" is
 *       success);</li>
 *   <li>everything else is not repeated once the service may have acted on it, because the service refuses the repeat even though the first
 *       attempt may have succeeded (approving twice gives {@code InvalidAssignmentState}, disposing twice
 *       {@code HITDoesNotExist}, granting a request twice {@code QualificationRequestDoesNotExist}, a second
 *       {@code CreateQualificationType} a duplicate-name error) or would repeat a side effect (a second e-mail from
 *       {@code NotifyWorkers} or {@code SendTestEventNotification}, a second notification of
 *       {@code AssignQualification}).</li>
 * </ul>
 */
public final class Operations {

    private Operations() {
    }

    /** A state change whose repeat leaves the same state and is answered as success: retry-safe, no token. */
    private static <T> Operation<T> idempotent(String name, ResponseSpec<T> response) {
        return new Operation<>(name, true, false, response);
    }

    // ---- account and help ----

    /** {@code GetAccountBalance}: a read; result {@code GetAccountBalanceResult}. */
    public static final Operation<AccountBalance> GET_ACCOUNT_BALANCE = Operation.read("GetAccountBalance",
            ResponseSpec.result("GetAccountBalanceResult", AccountBalanceReader::new));

    /** {@code Help}: a read; result {@code Information}. */
    public static final Operation<HelpInformation> HELP = Operation.read("Help",
            ResponseSpec.result("Information", HelpInformationReader::new));

    // ---- HIT types and HITs ----

    /** {@code RegisterHITType}: idempotent (identical properties return the existing id); the HIT type id. */
    public static final Operation<String> REGISTER_HIT_TYPE = idempotent("RegisterHITType",
            ResponseSpec.result("RegisterHITTypeResult", HitTypeIdReader::new));

    /** {@code SetHITTypeNotification}: replaces the specification, so a repeat is harmless. */
    public static final Operation<Void> SET_HIT_TYPE_NOTIFICATION = idempotent("SetHITTypeNotification",
            ResponseSpec.empty("SetHITTypeNotificationResult"));

    /** {@code SendTestEventNotification}: not repeated (a repeat sends a second test event). */
    public static final Operation<Void> SEND_TEST_EVENT_NOTIFICATION = Operation.write("SendTestEventNotification",
            ResponseSpec.empty("SendTestEventNotificationResult"));

    /** {@code CreateHIT}: idempotent through {@code UniqueRequestToken}; the {@code HIT}. */
    public static final Operation<Hit> CREATE_HIT = Operation.tokenWrite("CreateHIT",
            ResponseSpec.result("HIT", HitReader::new));

    /** {@code GetHIT}: the {@code HIT}. */
    public static final Operation<Hit> GET_HIT = Operation.read("GetHIT", ResponseSpec.result("HIT", HitReader::new));

    /** {@code SearchHITs}: a page of {@code HIT}s. */
    public static final Operation<Hit> SEARCH_HITS = Operation.read("SearchHITs",
            ResponseSpec.items("SearchHITsResult", "HIT", HitReader::new));

    /** {@code GetReviewableHITs}: a page of {@code HIT}s (ids only). */
    public static final Operation<Hit> GET_REVIEWABLE_HITS = Operation.read("GetReviewableHITs",
            ResponseSpec.items("GetReviewableHITsResult", "HIT", HitReader::new));

    /** {@code GetHITsForQualificationType}: a page of {@code HIT}s. */
    public static final Operation<Hit> GET_HITS_FOR_QUALIFICATION_TYPE = Operation.read(
            "GetHITsForQualificationType",
            ResponseSpec.items("GetHITsForQualificationTypeResult", "HIT", HitReader::new));

    /** {@code ChangeHITTypeOfHIT}: sets the type, so a repeat leaves the same state. */
    public static final Operation<Void> CHANGE_HIT_TYPE_OF_HIT = idempotent("ChangeHITTypeOfHIT",
            ResponseSpec.empty("ChangeHITTypeOfHITResult"));

    /** {@code ExtendHIT}: idempotent through {@code UniqueRequestToken}. */
    public static final Operation<Void> EXTEND_HIT = Operation.tokenWrite("ExtendHIT",
            ResponseSpec.empty("ExtendHITResult"));

    /** {@code ForceExpireHIT}: not repeated. */
    public static final Operation<Void> FORCE_EXPIRE_HIT = Operation.write("ForceExpireHIT",
            ResponseSpec.empty("ForceExpireHITResult"));

    /** {@code SetHITAsReviewing}: not repeated (not a toggle; a repeat is refused with InvalidHITState). */
    public static final Operation<Void> SET_HIT_AS_REVIEWING = Operation.write("SetHITAsReviewing",
            ResponseSpec.empty("SetHITAsReviewingResult"));

    /** {@code DisableHIT}: not repeated. */
    public static final Operation<Void> DISABLE_HIT = Operation.write("DisableHIT",
            ResponseSpec.empty("DisableHITResult"));

    /** {@code DisposeHIT}: not repeated. */
    public static final Operation<Void> DISPOSE_HIT = Operation.write("DisposeHIT",
            ResponseSpec.empty("DisposeHITResult"));

    /** {@code GetReviewResultsForHIT}: the review policies, results and actions of a HIT. */
    public static final Operation<ReviewResults> GET_REVIEW_RESULTS_FOR_HIT = Operation.read(
            "GetReviewResultsForHIT", ResponseSpec.result("GetReviewResultsForHITResult", ReviewResultsReader::new));

    // ---- assignments and bonuses ----

    /** {@code GetAssignment}: the assignment and its HIT. */
    public static final Operation<AssignmentWithHit> GET_ASSIGNMENT = Operation.read("GetAssignment",
            ResponseSpec.result("GetAssignmentResult", AssignmentWithHitReader::new));

    /** {@code GetAssignmentsForHIT}: a page of {@code Assignment}s. */
    public static final Operation<Assignment> GET_ASSIGNMENTS_FOR_HIT = Operation.read("GetAssignmentsForHIT",
            ResponseSpec.items("GetAssignmentsForHITResult", "Assignment", AssignmentReader::new));

    /** {@code ApproveAssignment}: not repeated (a repeat is refused with InvalidAssignmentState). */
    public static final Operation<Void> APPROVE_ASSIGNMENT = Operation.write("ApproveAssignment",
            ResponseSpec.empty("ApproveAssignmentResult"));

    /** {@code RejectAssignment}: not repeated. */
    public static final Operation<Void> REJECT_ASSIGNMENT = Operation.write("RejectAssignment",
            ResponseSpec.empty("RejectAssignmentResult"));

    /** {@code ApproveRejectedAssignment}: not repeated. */
    public static final Operation<Void> APPROVE_REJECTED_ASSIGNMENT = Operation.write("ApproveRejectedAssignment",
            ResponseSpec.empty("ApproveRejectedAssignmentResult"));

    /** {@code GetFileUploadURL}: a temporary URL. */
    public static final Operation<FileUploadUrl> GET_FILE_UPLOAD_URL = Operation.read("GetFileUploadURL",
            ResponseSpec.result("GetFileUploadURLResult", FileUploadUrlReader::new));

    /** {@code GrantBonus}: idempotent through {@code UniqueRequestToken}. */
    public static final Operation<Void> GRANT_BONUS = Operation.tokenWrite("GrantBonus",
            ResponseSpec.empty("GrantBonusResult"));

    /** {@code GetBonusPayments}: a page of {@code BonusPayment}s. */
    public static final Operation<BonusPayment> GET_BONUS_PAYMENTS = Operation.read("GetBonusPayments",
            ResponseSpec.items("GetBonusPaymentsResult", "BonusPayment", BonusPaymentReader::new));

    // ---- workers ----

    /** {@code BlockWorker}: "already blocked" is success, so a repeat is harmless. */
    public static final Operation<Void> BLOCK_WORKER = idempotent("BlockWorker",
            ResponseSpec.empty("BlockWorkerResult"));

    /** {@code UnblockWorker}: "not blocked" is success, so a repeat is harmless. */
    public static final Operation<Void> UNBLOCK_WORKER = idempotent("UnblockWorker",
            ResponseSpec.empty("UnblockWorkerResult"));

    /** {@code GetBlockedWorkers}: a page of {@code WorkerBlock}s. */
    public static final Operation<WorkerBlock> GET_BLOCKED_WORKERS = Operation.read("GetBlockedWorkers",
            ResponseSpec.items("GetBlockedWorkersResult", "WorkerBlock", WorkerBlockReader::new));

    /** {@code NotifyWorkers}: not repeated (a repeat e-mails again); the per-worker failures. */
    public static final Operation<NotifyWorkersFailure> NOTIFY_WORKERS = Operation.write("NotifyWorkers",
            ResponseSpec.items("NotifyWorkersResult", "NotifyWorkersFailureStatus", NotifyWorkersFailureReader::new));

    // ---- qualifications ----

    /** {@code CreateQualificationType}: not repeated (a repeat is refused as a duplicate name). */
    public static final Operation<QualificationType> CREATE_QUALIFICATION_TYPE = Operation.write(
            "CreateQualificationType", ResponseSpec.result("QualificationType", QualificationTypeReader::new));

    /** {@code GetQualificationType}: the {@code QualificationType}. */
    public static final Operation<QualificationType> GET_QUALIFICATION_TYPE = Operation.read(
            "GetQualificationType", ResponseSpec.result("QualificationType", QualificationTypeReader::new));

    /** {@code UpdateQualificationType}: replaces values, so a repeat leaves the same state. */
    public static final Operation<QualificationType> UPDATE_QUALIFICATION_TYPE = idempotent(
            "UpdateQualificationType", ResponseSpec.result("QualificationType", QualificationTypeReader::new));

    /** {@code SearchQualificationTypes}: a page of {@code QualificationType}s. */
    public static final Operation<QualificationType> SEARCH_QUALIFICATION_TYPES = Operation.read(
            "SearchQualificationTypes",
            ResponseSpec.items("SearchQualificationTypesResult", "QualificationType", QualificationTypeReader::new));

    /** {@code DisposeQualificationType}: not repeated. */
    public static final Operation<Void> DISPOSE_QUALIFICATION_TYPE = Operation.write("DisposeQualificationType",
            ResponseSpec.empty("DisposeQualificationTypeResult"));

    /** {@code GetQualificationRequests}: a page of {@code QualificationRequest}s. */
    public static final Operation<QualificationRequest> GET_QUALIFICATION_REQUESTS = Operation.read(
            "GetQualificationRequests", ResponseSpec.items("GetQualificationRequestsResult", "QualificationRequest",
                    QualificationRequestReader::new));

    /** {@code GrantQualification}: not repeated (the request is gone after the first grant). */
    public static final Operation<Void> GRANT_QUALIFICATION = Operation.write("GrantQualification",
            ResponseSpec.empty("GrantQualificationResult"));

    /** {@code RejectQualificationRequest}: not repeated. */
    public static final Operation<Void> REJECT_QUALIFICATION_REQUEST = Operation.write("RejectQualificationRequest",
            ResponseSpec.empty("RejectQualificationRequestResult"));

    /** {@code AssignQualification}: not repeated (a repeat notifies the worker again). */
    public static final Operation<Void> ASSIGN_QUALIFICATION = Operation.write("AssignQualification",
            ResponseSpec.empty("AssignQualificationResult"));

    /** {@code RevokeQualification}: not repeated. */
    public static final Operation<Void> REVOKE_QUALIFICATION = Operation.write("RevokeQualification",
            ResponseSpec.empty("RevokeQualificationResult"));

    /** {@code GetQualificationScore}: the worker's {@code Qualification}. */
    public static final Operation<Qualification> GET_QUALIFICATION_SCORE = Operation.read("GetQualificationScore",
            ResponseSpec.result("Qualification", QualificationReader::new));

    /** {@code UpdateQualificationScore}: sets a value, so a repeat leaves the same state. */
    public static final Operation<Void> UPDATE_QUALIFICATION_SCORE = idempotent("UpdateQualificationScore",
            ResponseSpec.empty("UpdateQualificationScoreResult"));

    /** {@code GetQualificationsForQualificationType}: a page of {@code Qualification}s. */
    public static final Operation<Qualification> GET_QUALIFICATIONS_FOR_QUALIFICATION_TYPE = Operation.read(
            "GetQualificationsForQualificationType", ResponseSpec.items(
                    "GetQualificationsForQualificationTypeResult", "Qualification", QualificationReader::new));

    // ---- statistics ----

    /** {@code GetRequesterStatistic}: result {@code GetStatisticResult}. */
    public static final Operation<StatisticResult> GET_REQUESTER_STATISTIC = Operation.read("GetRequesterStatistic",
            ResponseSpec.result("GetStatisticResult", StatisticResultReader::new));

    /** {@code GetRequesterWorkerStatistic}: result {@code GetStatisticResult}. */
    public static final Operation<StatisticResult> GET_REQUESTER_WORKER_STATISTIC = Operation.read(
            "GetRequesterWorkerStatistic", ResponseSpec.result("GetStatisticResult", StatisticResultReader::new));
}
