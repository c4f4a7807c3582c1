package mturk.reactive.simulator.internal;

import java.util.List;
import java.util.Map;

/** The Help operation: what each operation requires and which response groups exist. */
final class Help {
    private static final List<String> COMMON = List.of("AWSAccessKeyId", "Operation", "Signature", "Timestamp",
            "Version", "ResponseGroup", "SignatureVersion", "Service");
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("ApproveAssignment", List.of("AssignmentId")),
            Map.entry("ApproveRejectedAssignment", List.of("AssignmentId")),
            Map.entry("AssignQualification", List.of("QualificationTypeId", "WorkerId")),
            Map.entry("BlockWorker", List.of("WorkerId", "Reason")),
            Map.entry("ChangeHITTypeOfHIT", List.of("HITId", "HITTypeId")),
            Map.entry("CreateHIT", List.of("LifetimeInSeconds")),
            Map.entry("CreateQualificationType", List.of("Name", "Description", "QualificationTypeStatus")),
            Map.entry("DisableHIT", List.of("HITId")),
            Map.entry("DisposeHIT", List.of("HITId")),
            Map.entry("DisposeQualificationType", List.of("QualificationTypeId")),
            Map.entry("ExtendHIT", List.of("HITId")),
            Map.entry("ForceExpireHIT", List.of("HITId")),
            Map.entry("GetAccountBalance", List.of()),
            Map.entry("GetAssignment", List.of("AssignmentId")),
            Map.entry("GetAssignmentsForHIT", List.of("HITId")),
            Map.entry("GetBlockedWorkers", List.of()),
            Map.entry("GetBonusPayments", List.of()),
            Map.entry("GetFileUploadURL", List.of("AssignmentId", "QuestionIdentifier")),
            Map.entry("GetHIT", List.of("HITId")),
            Map.entry("GetHITsForQualificationType", List.of("QualificationTypeId")),
            Map.entry("GetQualificationRequests", List.of()),
            Map.entry("GetQualificationScore", List.of("QualificationTypeId", "SubjectId")),
            Map.entry("GetQualificationType", List.of("QualificationTypeId")),
            Map.entry("GetQualificationsForQualificationType", List.of("QualificationTypeId")),
            Map.entry("GetRequesterStatistic", List.of("Statistic", "TimePeriod")),
            Map.entry("GetRequesterWorkerStatistic", List.of("Statistic", "WorkerId", "TimePeriod")),
            Map.entry("GetReviewResultsForHIT", List.of("HITId")),
            Map.entry("GetReviewableHITs", List.of()),
            Map.entry("GrantBonus", List.of("WorkerId", "AssignmentId", "BonusAmount", "Reason")),
            Map.entry("GrantQualification", List.of("QualificationRequestId")),
            Map.entry("NotifyWorkers", List.of("Subject", "MessageText", "WorkerId")),
            Map.entry("RegisterHITType", List.of("Title", "Description", "Reward", "AssignmentDurationInSeconds")),
            Map.entry("RejectAssignment", List.of("AssignmentId")),
            Map.entry("RejectQualificationRequest", List.of("QualificationRequestId")),
            Map.entry("RevokeQualification", List.of("SubjectId", "QualificationTypeId")),
            Map.entry("SearchHITs", List.of()),
            Map.entry("SearchQualificationTypes", List.of("MustBeRequestable")),
            Map.entry("SendTestEventNotification", List.of("Notification", "TestEventType")),
            Map.entry("SetHITAsReviewing", List.of("HITId")),
            Map.entry("SetHITTypeNotification", List.of("HITTypeId")),
            Map.entry("UnblockWorker", List.of("WorkerId")),
            Map.entry("UpdateQualificationScore", List.of("QualificationTypeId", "SubjectId", "IntegerValue")),
            Map.entry("UpdateQualificationType", List.of("QualificationTypeId")),
            Map.entry("Help", List.of("About")));
    private static final Map<String, List<String>> GROUPS = Map.of(
            "CreateHIT", List.of("Request", "Minimal", "HITDetail", "HITQuestion", "HITAssignmentSummary"),
            "GetHIT", List.of("Request", "Minimal", "HITDetail", "HITQuestion", "HITAssignmentSummary"),
            "SearchHITs", List.of("Request", "Minimal", "HITDetail", "HITQuestion", "HITAssignmentSummary"),
            "GetAssignment", List.of("Request", "Minimal", "AssignmentFeedback", "HITDetail", "HITQuestion"),
            "GetAssignmentsForHIT", List.of("Request", "Minimal", "AssignmentFeedback"),
            "GetRequesterStatistic", List.of("Request", "Minimal", "Parameters"),
            "GetRequesterWorkerStatistic", List.of("Request", "Minimal", "Parameters"));
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "GetHIT", List.of("Minimal", "HITDetail", "HITQuestion"),
            "SearchHITs", List.of("Minimal", "HITDetail", "HITAssignmentSummary"),
            "GetRequesterStatistic", List.of("Minimal", "Parameters"),
            "GetRequesterWorkerStatistic", List.of("Minimal", "Parameters"));

    private Help() {
    }

    static void write(Params p, XmlOut o) {
        List<String> about = p.list("About", true);
        if (about.isEmpty()) {
            throw ApiException.missing("About");
        }
        String type = p.optEnum("HelpType", List.of("Operation", "ResponseGroup")).orElse("Operation");
        for (String name : about) {
            if (type.equals("Operation")) {
                List<String> required = REQUIRED.get(name);
                if (required == null) {
                    throw ApiException.invalid("About", name, "No such operation.");
                }
                o.start("OperationInformation").leaf("Name", name).leaf("Description", "The " + name
                        + " operation of the Amazon Mechanical Turk Requester API 2014-08-15.");
                o.start("RequiredParameters");
                required.forEach(r -> o.leaf("Parameter", r));
                o.end().start("AvailableParameters");
                COMMON.forEach(c -> o.leaf("Parameter", c));
                required.forEach(r -> o.leaf("Parameter", r));
                o.end().start("DefaultResponseGroups");
                DEFAULTS.getOrDefault(name, List.of("Minimal")).forEach(g -> o.leaf("ResponseGroup", g));
                o.end().start("AvailableResponseGroups");
                GROUPS.getOrDefault(name, List.of("Request", "Minimal")).forEach(g -> o.leaf("ResponseGroup", g));
                o.end().end();
            } else {
                List<String> ops = GROUPS.entrySet().stream().filter(e -> e.getValue().contains(name))
                        .map(Map.Entry::getKey).sorted().toList();
                if (!name.equals("Request") && !name.equals("Minimal") && ops.isEmpty()) {
                    throw ApiException.invalid("About", name, "No such response group.");
                }
                o.start("ResponseGroupInformation").leaf("Name", name).leaf("CreationDate", "2014-08-15T00:00:00Z");
                o.start("ValidOperations");
                (name.equals("Request") || name.equals("Minimal") ? State.OPERATIONS : ops)
                        .forEach(op -> o.leaf("Operation", op));
                o.end().start("Elements").end().end();
            }
        }
    }
}
