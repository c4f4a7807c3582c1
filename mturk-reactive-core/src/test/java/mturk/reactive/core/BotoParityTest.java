package mturk.reactive.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.model.AssignmentSortProperty;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.EventType;
import mturk.reactive.model.HelpType;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.HitStatus;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.NotificationTransport;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequestSortProperty;
import mturk.reactive.model.QualificationTypeStatus;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.SortDirection;
import mturk.reactive.model.question.ExternalQuestion;
import mturk.reactive.model.request.CreateQualificationTypeRequest;
import mturk.reactive.model.request.GetAssignmentsForHitRequest;
import mturk.reactive.model.request.GetQualificationRequestsRequest;
import mturk.reactive.model.request.GetReviewableHitsRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import mturk.reactive.model.request.SearchQualificationTypesRequest;
import mturk.reactive.model.request.SendTestEventNotificationRequest;
import mturk.reactive.model.request.UpdateQualificationTypeRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Parameter parity with boto 2.49: {@code src/test/python/boto_parity.py} makes a list of calls with Debian's boto
 * against a recording loopback server, this test makes the same calls (same order, same inputs) with
 * {@link MTurkClient}, and the recorded operation parameters must match call by call.
 *
 * <p>Allowed differences, each a documented boto2 bug or a deliberate addition of ours:
 * <ul>
 *   <li>booleans compare case-insensitively (boto2 sends {@code True}, we send the documented {@code true}, B6);</li>
 *   <li>our {@code UniqueRequestToken} on CreateHIT, ExtendHIT and GrantBonus (boto2 never sends one);</li>
 *   <li>notifications: boto2's {@code Notification.1.Active} against our documented top-level {@code Active} (B7),
 *       and boto2's {@code HITTypeId} on SendTestEventNotification, which the operation does not take;</li>
 *   <li>our explicit default {@code Status=Granted} on GetQualificationsForQualificationType.</li>
 * </ul>
 * Calls whose boto2 behaviour is a bug are left out: {@code None} values sent as the string {@code None} (B5),
 * boto2's invalid {@code SortProperty=Expiration} default of get_qualification_requests (B14), and get_all_hits,
 * which crashes on Python 3 (B1).
 */
@ExtendWith(LeakCheckExtension.class)
class BotoParityTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/boto_parity.py");
    private static final Set<String> OURS_ONLY = Set.of("UniqueRequestToken");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** One call: its name in the script, our equivalent, and the keys excluded on each side. */
    private record Call(String name, Supplier<Publisher<?>> ours, Set<String> botoOnly, Set<String> oursOnly) {
        Call(String name, Supplier<Publisher<?>> ours) {
            this(name, ours, Set.of(), Set.of());
        }
    }

    private static List<Call> calls(MTurkClient c) {
        String question = new ExternalQuestion("https://example.com/task?x=1&y=2", 600).toXml();
        Set<String> activeBoto = Set.of("Notification.1.Active");
        Set<String> activeOurs = Set.of("Active");
        return List.of(
                new Call("get_account_balance", c::getAccountBalance),
                new Call("register_hit_type", () -> c.registerHitType(RegisterHitTypeRequest.builder().title("T")
                        .description("D").reward(Price.usd("0.12")).assignmentDuration(Duration.ofSeconds(360))
                        .keywords(List.of("a", "b")).autoApprovalDelay(Duration.ofSeconds(3600))
                        .qualificationRequirement(Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN, 95))
                        .build())),
                new Call("set_rest_notification", () -> c.setRestNotification("HT", "https://x.example/n",
                        EventType.ASSIGNMENT_SUBMITTED, EventType.HIT_EXPIRED), activeBoto, activeOurs),
                new Call("set_email_notification", () -> c.setEmailNotification("HT", "me@example.com",
                        EventType.HIT_REVIEWABLE), activeBoto, activeOurs),
                new Call("set_sqs_notification", () -> c.setSqsNotification("HT", "https://sqs.example/q"),
                        activeBoto, activeOurs),
                new Call("send_test_event_notification", () -> c.sendTestEventNotification(
                        new SendTestEventNotificationRequest(NotificationSpecification.of(NotificationTransport.REST,
                                "https://x.example/n", EventType.ASSIGNMENT_SUBMITTED), EventType.PING)),
                        Set.of("HITTypeId", "Notification.1.Active"), Set.of()),
                new Call("change_hit_type_of_hit", () -> c.changeHitTypeOfHit("H1", "HT2")),
                new Call("get_reviewable_hits", c::getReviewableHits),
                new Call("get_reviewable_hits args", () -> c.getReviewableHits(GetReviewableHitsRequest.builder()
                        .hitTypeId("HT").statuses(List.of(HitStatus.REVIEWING)).sortProperty(HitSortProperty.TITLE)
                        .sortDirection(SortDirection.DESCENDING).page(50, 2).build())),
                new Call("search_hits", c::searchHits),
                new Call("search_hits args", () -> c.searchHits(SearchHitsRequest.builder()
                        .sortProperty(HitSortProperty.REWARD).sortDirection(SortDirection.DESCENDING).page(20, 3)
                        .responseGroup(ResponseGroup.MINIMAL).responseGroup(ResponseGroup.HIT_DETAIL).build())),
                new Call("get_assignment", () -> c.getAssignment("A1", ResponseGroup.ASSIGNMENT_FEEDBACK)),
                new Call("get_assignments", () -> c.getAssignments("H1")),
                new Call("get_assignments args", () -> c.getAssignments(GetAssignmentsForHitRequest.builder()
                        .hitId("H1").assignmentStatus(AssignmentStatus.APPROVED)
                        .sortProperty(AssignmentSortProperty.ACCEPT_TIME).sortDirection(SortDirection.DESCENDING)
                        .page(5, 2).responseGroup(ResponseGroup.ASSIGNMENT_FEEDBACK).build())),
                new Call("approve_assignment", () -> c.approveAssignment("A1")),
                new Call("approve_assignment feedback", () -> c.approveAssignment("A2", "Great & thanks")),
                new Call("reject_assignment", () -> c.rejectAssignment("A3", "Blank")),
                new Call("approve_rejected_assignment", () -> c.approveRejectedAssignment("A4", "Sorry")),
                new Call("get_file_upload_url", () -> c.getFileUploadUrl("A1", "q1")),
                new Call("get_hit", () -> c.getHit("H1", ResponseGroup.HIT_DETAIL, ResponseGroup.HIT_QUESTION)),
                new Call("set_reviewing", () -> c.setReviewing("H1")),
                new Call("set_reviewing revert", () -> c.setReviewing("H1", true)),
                new Call("disable_hit", () -> c.disableHit("H1")),
                new Call("dispose_hit", () -> c.disposeHit("H1")),
                new Call("expire_hit", () -> c.expireHit("H1")),
                new Call("extend_hit assignments", () -> c.extendHit("H1", 3)),
                new Call("extend_hit expiration", () -> c.extendHit("H1", Duration.ofSeconds(7200))),
                new Call("get_help", () -> c.getHelp("GetHIT")),
                new Call("get_help response group", () -> c.getHelp("Minimal", HelpType.RESPONSE_GROUP)),
                new Call("grant_bonus", () -> c.grantBonus("W1", "A1", Price.usd("1.5"), "Thanks")),
                new Call("block_worker", () -> c.blockWorker("W1", "Spam")),
                new Call("unblock_worker", () -> c.unblockWorker("W1", "Sorry")),
                new Call("notify_workers", () -> c.notifyWorkers(List.of("W1", "W2"), "Hëllo",
                        "Line1\nLine2 & <tag> = +/?")),
                new Call("create_qualification_type", () -> c.createQualificationType(
                        CreateQualificationTypeRequest.builder().name("N").description("D")
                                .qualificationTypeStatus(QualificationTypeStatus.ACTIVE).keywords("k1, k2")
                                .retryDelay(Duration.ofSeconds(60)).autoGranted(true).autoGrantedValue(5).build())),
                new Call("get_qualification_type", () -> c.getQualificationType("QT")),
                new Call("get_qualifications_for_qualification_type",
                        () -> c.getQualificationsForQualificationType("QT"), Set.of(), Set.of("Status")),
                new Call("update_qualification_type", () -> c.updateQualificationType(
                        new UpdateQualificationTypeRequest("QT", "D2", QualificationTypeStatus.INACTIVE,
                                Duration.ofSeconds(10), null, null, null, false, 0))),
                new Call("dispose_qualification_type", () -> c.disposeQualificationType("QT")),
                new Call("search_qualification_types", () -> c.searchQualificationTypes("web")),
                new Call("search_qualification_types args", () -> c.searchQualificationTypes(
                        SearchQualificationTypesRequest.builder().query("web").sortDirection(SortDirection.DESCENDING)
                                .page(30, 2).mustBeRequestable(false).mustBeOwnedByCaller(false).build())),
                new Call("get_qualification_requests", () -> c.getQualificationRequests(
                        GetQualificationRequestsRequest.builder().qualificationTypeId("QT")
                                .sortProperty(QualificationRequestSortProperty.SUBMIT_TIME).build())),
                new Call("grant_qualification", () -> c.grantQualification("QR1", 3)),
                new Call("revoke_qualification", () -> c.revokeQualification("W1", "QT", "Cheating")),
                new Call("assign_qualification", () -> c.assignQualification("QT", "W1", 5, false)),
                new Call("assign_qualification defaults", () -> c.assignQualification("QT", "W1")),
                new Call("get_qualification_score", () -> c.getQualificationScore("QT", "W1")),
                new Call("update_qualification_score", () -> c.updateQualificationScore("QT", "W1", 80)),
                new Call("create_hit golden vector 4", () -> c.createHit(b -> b.question(question)
                        .lifetime(Duration.ofSeconds(3900)).maxAssignments(2).title("Boto External Question Test")
                        .description("desc").keywords(List.of("boto", "test", "doctest")).reward(Price.usd("0.05"))
                        .assignmentDuration(Duration.ofSeconds(360)).autoApprovalDelay(Duration.ofSeconds(3600))
                        .requesterAnnotation("ann")
                        .qualificationRequirement(Requirements.locale(Comparator.IN, LocaleValue.of("US", "WA"),
                                LocaleValue.of("CA")))
                        .qualificationRequirement(Requirements.percentAssignmentsApproved(
                                Comparator.GREATER_THAN_OR_EQUAL_TO, 95).withRequiredToPreview(true)))),
                new Call("create_hit of a type", () -> c.createHit(b -> b.hitTypeId("HT1").question(question)
                        .lifetime(Duration.ofSeconds(3900)).maxAssignments(2).requesterAnnotation("x")
                        .responseGroup(ResponseGroup.MINIMAL).responseGroup(ResponseGroup.HIT_DETAIL))),
                new Call("create_hit layout", () -> c.createHit(b -> b.hitTypeId("HT1").hitLayoutId("LAYOUT1")
                        .layoutParameter(HitLayoutParameter.of("k", "v")))),
                new Call("create_hit requirement values", () -> c.createHit(b -> b.question(question).title("T")
                        .description("D").keywords("k").reward(Price.usd("0.25"))
                        .assignmentDuration(Duration.ofSeconds(60))
                        .qualificationRequirement(Requirements.custom("333333333333333333333333333333",
                                Comparator.IN, 100, 90, 80))
                        .qualificationRequirement(Requirements.exists("333333333333333333333333333333")))));
    }

    @Test
    void ourParametersMatchBoto2sForTheSameCalls() throws Exception {
        if (!botoAvailable()) {
            fail("/usr/bin/python3 cannot import boto: install Debian's python3-boto (boto 2.49), which this "
                    + "parity test runs");
        }
        List<Map<String, String>> boto;
        List<Map<String, String>> ours;
        try (RecordingServer server = new RecordingServer(); MTurkClient client = server.clientBuilder().build()) {
            List<Call> calls = calls(client);
            String output = runScript(server.url().substring(server.url().lastIndexOf(':') + 1));
            assertEquals(calls.stream().map(Call::name).toList(), output.lines().toList(),
                    "the script's calls and this test's calls must be the same list");
            boto = server.requests();
            server.reset();
            for (Call call : calls) {
                Flux.from(call.ours().get()).then().block(TIMEOUT);
            }
            ours = server.requests();
            assertEquals(calls.size(), boto.size());
            assertEquals(calls.size(), ours.size());

            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                Call call = calls.get(i);
                Map<String, String> b = comparable(boto.get(i), call.botoOnly());
                Map<String, String> o = comparable(ours.get(i), union(call.oursOnly(), OURS_ONLY));
                if (!b.equals(o)) {
                    mismatches.add(call.name() + ":\n  boto2: " + b + "\n  ours:  " + o);
                }
            }
            assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** Operation parameters without the excluded keys, booleans lower-cased. */
    private static Map<String, String> comparable(Map<String, String> params, Set<String> excluded) {
        Map<String, String> m = new TreeMap<>();
        RecordingServer.operationParams(params).forEach((k, v) -> {
            if (!excluded.contains(k)) {
                m.put(k, v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? v.toLowerCase() : v);
            }
        });
        return m;
    }

    private static boolean botoAvailable() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import boto.mturk.connection")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String runScript(String port) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toAbsolutePath().toString(), port)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("boto_parity.py timed out:\n" + out);
        }
        if (p.exitValue() != 0) {
            fail("boto_parity.py failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }
}
