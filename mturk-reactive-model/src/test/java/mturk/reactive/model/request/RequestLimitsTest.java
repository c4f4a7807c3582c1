package mturk.reactive.model.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.TimePeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented limit on both sides of its bound: the value at the bound is accepted, the value just past it is
 * refused with a message that names the field, the limit and the value.
 */
class RequestLimitsTest {

    private static final String QUESTION = "<HTMLQuestion/>";

    private static String chars(int count) {
        return "x".repeat(count);
    }

    private static CreateHitRequest.Builder hit() {
        return CreateHitRequest.builder().title("t").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofMinutes(10)).question(QUESTION);
    }

    private static List<QualificationRequirement> requirements(int count) {
        return Collections.nCopies(count, Requirements.adult());
    }

    private static List<HitLayoutParameter> layoutParameters(int count) {
        return IntStream.range(0, count).mapToObj(i -> HitLayoutParameter.of("p" + i, "v")).toList();
    }

    private static List<String> workers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "W" + i).toList();
    }

    private static RegisterHitTypeRequest.Builder hitType() {
        return RegisterHitTypeRequest.builder().title("t").description("d").reward(Price.usd("0.10"))
                .assignmentDuration(Duration.ofMinutes(10));
    }

    private static CreateQualificationTypeRequest.Builder qualificationType() {
        return CreateQualificationTypeRequest.builder().name("n").description("d");
    }

    private static Arguments bound(String name, Supplier<?> atBound, Supplier<?> pastBound, String message) {
        return Arguments.of(name, atBound, pastBound, message);
    }

    static Stream<Arguments> bounds() {
        return Stream.of(
                bound("CreateHIT title", () -> hit().title(chars(128)).build(), () -> hit().title(chars(129)).build(),
                        "title must be at most 128 characters, was 129"),
                bound("CreateHIT title counts code points", () -> hit().title("\uD83D\uDE00".repeat(128)).build(),
                        () -> hit().title("\uD83D\uDE00".repeat(129)).build(),
                        "title must be at most 128 characters, was 129"),
                bound("CreateHIT description", () -> hit().description(chars(2000)).build(),
                        () -> hit().description(chars(2001)).build(),
                        "description must be at most 2000 characters, was 2001"),
                bound("CreateHIT keywords", () -> hit().keywords(chars(1000)).build(),
                        () -> hit().keywords(chars(1001)).build(),
                                "keywords must be at most 1000 characters, was 1001"),
                bound("CreateHIT reward not negative", () -> hit().reward(Price.usd("0")).build(),
                        () -> hit().reward(Price.usd("-0.01")).build(), "reward must be at least 0, was -0.01"),
                bound("CreateHIT reward decimals", () -> hit().reward(Price.usd("0.01")).build(),
                        () -> hit().reward(Price.usd("0.001")).build(),
                                "reward must have at most 2 decimals, was 0.001"),
                bound("CreateHIT assignmentDuration min",
                        () -> hit().assignmentDuration(Duration.ofSeconds(30)).build(),
                        () -> hit().assignmentDuration(Duration.ofSeconds(29)).build(),
                        "assignmentDuration must be between 30 and 31536000 seconds, was 29"),
                bound("CreateHIT assignmentDuration max",
                        () -> hit().assignmentDuration(Duration.ofDays(365)).build(),
                        () -> hit().assignmentDuration(Duration.ofDays(365).plusSeconds(1)).build(),
                        "assignmentDuration must be between 30 and 31536000 seconds, was 31536001"),
                bound("CreateHIT lifetime min", () -> hit().lifetime(Duration.ofSeconds(30)).build(),
                        () -> hit().lifetime(Duration.ofSeconds(29)).build(),
                        "lifetime must be between 30 and 31536000 seconds, was 29"),
                bound("CreateHIT lifetime max", () -> hit().lifetime(Duration.ofDays(365)).build(),
                        () -> hit().lifetime(Duration.ofDays(365).plusSeconds(1)).build(),
                        "lifetime must be between 30 and 31536000 seconds, was 31536001"),
                bound("CreateHIT lifetime whole seconds", () -> hit().lifetime(Duration.ofSeconds(31)).build(),
                        () -> hit().lifetime(Duration.ofMillis(30_500)).build(),
                        "lifetime must be a whole number of seconds, was PT30.5S"),
                bound("CreateHIT autoApprovalDelay min", () -> hit().autoApprovalDelay(Duration.ZERO).build(),
                        () -> hit().autoApprovalDelay(Duration.ofSeconds(-1)).build(),
                        "autoApprovalDelay must be between 0 and 2592000 seconds, was -1"),
                bound("CreateHIT autoApprovalDelay max", () -> hit().autoApprovalDelay(Duration.ofDays(30)).build(),
                        () -> hit().autoApprovalDelay(Duration.ofDays(30).plusSeconds(1)).build(),
                        "autoApprovalDelay must be between 0 and 2592000 seconds, was 2592001"),
                bound("CreateHIT maxAssignments min", () -> hit().maxAssignments(1).build(),
                        () -> hit().maxAssignments(0).build(),
                                "maxAssignments must be between 1 and 1000000000, was 0"),
                bound("CreateHIT maxAssignments max", () -> hit().maxAssignments(1_000_000_000).build(),
                        () -> hit().maxAssignments(1_000_000_001).build(),
                        "maxAssignments must be between 1 and 1000000000, was 1000000001"),
                bound("CreateHIT qualificationRequirements",
                        () -> hit().qualificationRequirements(requirements(10)).build(),
                        () -> hit().qualificationRequirements(requirements(11)).build(),
                        "qualificationRequirements must have at most 10 entries, was 11"),
                bound("CreateHIT layoutParameters",
                        () -> hit().question(null).hitLayoutId("L").layoutParameters(layoutParameters(25)).build(),
                        () -> hit().question(null).hitLayoutId("L").layoutParameters(layoutParameters(26)).build(),
                        "layoutParameters must have at most 25 entries, was 26"),
                bound("CreateHIT requesterAnnotation", () -> hit().requesterAnnotation(chars(255)).build(),
                        () -> hit().requesterAnnotation(chars(256)).build(),
                        "requesterAnnotation must be at most 255 characters, was 256"),
                bound("CreateHIT uniqueRequestToken", () -> hit().uniqueRequestToken(chars(64)).build(),
                        () -> hit().uniqueRequestToken(chars(65)).build(),
                        "uniqueRequestToken must be at most 64 characters, was 65"),
                bound("CreateHIT question bytes", () -> hit().question(chars(65_535)).build(),
                        () -> hit().question("\u00e9" + chars(65_534)).build(),
                        "question must be at most 65535 UTF-8 bytes, was 65536"),
                bound("RegisterHITType title", () -> hitType().title(chars(128)).build(),
                        () -> hitType().title(chars(129)).build(), "title must be at most 128 characters, was 129"),
                bound("RegisterHITType assignmentDuration",
                        () -> hitType().assignmentDuration(Duration.ofSeconds(31_536_000)).build(),
                        () -> hitType().assignmentDuration(Duration.ofSeconds(31_536_001)).build(),
                        "assignmentDuration must be between 30 and 31536000 seconds, was 31536001"),
                bound("RegisterHITType autoApprovalDelay",
                        () -> hitType().autoApprovalDelay(Duration.ofSeconds(2_592_000)).build(),
                        () -> hitType().autoApprovalDelay(Duration.ofSeconds(2_592_001)).build(),
                        "autoApprovalDelay must be between 0 and 2592000 seconds, was 2592001"),
                bound("RegisterHITType qualificationRequirements",
                        () -> hitType().qualificationRequirements(requirements(10)).build(),
                        () -> hitType().qualificationRequirements(requirements(11)).build(),
                        "qualificationRequirements must have at most 10 entries, was 11"),
                bound("ExtendHIT maxAssignmentsIncrement min", () -> ExtendHitRequest.addAssignments("H", 1),
                        () -> ExtendHitRequest.addAssignments("H", 0),
                        "maxAssignmentsIncrement must be between 1 and 1000000000, was 0"),
                bound("ExtendHIT maxAssignmentsIncrement max", () -> ExtendHitRequest.addAssignments("H",
                        1_000_000_000),
                        () -> ExtendHitRequest.addAssignments("H", 1_000_000_001),
                        "maxAssignmentsIncrement must be between 1 and 1000000000, was 1000000001"),
                bound("ExtendHIT expirationIncrement min",
                        () -> ExtendHitRequest.extendExpiration("H", Duration.ofSeconds(3600)),
                        () -> ExtendHitRequest.extendExpiration("H", Duration.ofSeconds(3599)),
                        "expirationIncrement must be between 3600 and 31536000 seconds, was 3599"),
                bound("ExtendHIT expirationIncrement max",
                        () -> ExtendHitRequest.extendExpiration("H", Duration.ofSeconds(31_536_000)),
                        () -> ExtendHitRequest.extendExpiration("H", Duration.ofSeconds(31_536_001)),
                        "expirationIncrement must be between 3600 and 31536000 seconds, was 31536001"),
                bound("ExtendHIT uniqueRequestToken",
                        () -> ExtendHitRequest.addAssignments("H", 1).withUniqueRequestToken(chars(64)),
                        () -> ExtendHitRequest.addAssignments("H", 1).withUniqueRequestToken(chars(65)),
                        "uniqueRequestToken must be at most 64 characters, was 65"),
                bound("GrantBonus bonusAmount decimals", () -> GrantBonusRequest.of("W", "A", Price.usd("0.99"), "r"),
                        () -> GrantBonusRequest.of("W", "A", Price.usd("0.999"), "r"),
                        "bonusAmount must have at most 2 decimals, was 0.999"),
                bound("GrantBonus bonusAmount not negative",
                        () -> GrantBonusRequest.of("W", "A", new Price(BigDecimal.ZERO, "USD"), "r"),
                        () -> GrantBonusRequest.of("W", "A", Price.usd("-1"), "r"),
                                "bonusAmount must be at least 0, was -1"),
                bound("GrantBonus uniqueRequestToken",
                        () -> GrantBonusRequest.of("W", "A", Price.usd("1"), "r").withUniqueRequestToken(chars(64)),
                        () -> GrantBonusRequest.of("W", "A", Price.usd("1"), "r").withUniqueRequestToken(chars(65)),
                        "uniqueRequestToken must be at most 64 characters, was 65"),
                bound("NotifyWorkers subject", () -> NotifyWorkersRequest.of(chars(200), "m", "W1"),
                        () -> NotifyWorkersRequest.of(chars(201), "m", "W1"),
                        "subject must be at most 200 characters, was 201"),
                bound("NotifyWorkers messageText", () -> NotifyWorkersRequest.of("s", chars(4096), "W1"),
                        () -> NotifyWorkersRequest.of("s", chars(4097), "W1"),
                        "messageText must be at most 4096 characters, was 4097"),
                bound("NotifyWorkers workerIds max", () -> new NotifyWorkersRequest("s", "m", workers(100)),
                        () -> new NotifyWorkersRequest("s", "m", workers(101)),
                        "workerIds must have between 1 and 100 entries, was 101"),
                bound("NotifyWorkers workerIds min", () -> new NotifyWorkersRequest("s", "m", workers(1)),
                        () -> new NotifyWorkersRequest("s", "m", workers(0)),
                        "workerIds must have between 1 and 100 entries, was 0"),
                bound("PageRequest pageSize min", () -> PageRequest.of(1, 1), () -> PageRequest.of(0, 1),
                        "pageSize must be between 1 and 100, was 0"),
                bound("PageRequest pageSize max", () -> PageRequest.of(100, 1), () -> PageRequest.of(101, 1),
                        "pageSize must be between 1 and 100, was 101"),
                bound("PageRequest pageNumber", () -> PageRequest.of(10, 1), () -> PageRequest.of(10, 0),
                        "pageNumber must be at least 1, was 0"),
                bound("GetReviewResultsForHIT pageSize min",
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageSize(100).build(),
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageSize(99).build(),
                        "pageSize must be between 100 and 65535, was 99"),
                bound("GetReviewResultsForHIT pageSize max",
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageSize(65_535).build(),
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageSize(65_536).build(),
                        "pageSize must be between 100 and 65535, was 65536"),
                bound("GetReviewResultsForHIT pageNumber",
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageNumber(1).build(),
                        () -> GetReviewResultsForHitRequest.builder().hitId("H").pageNumber(0).build(),
                        "pageNumber must be between 1 and 2147483647, was 0"),
                bound("GetBlockedWorkers pageSize max", () -> new GetBlockedWorkersRequest(65_535, 1),
                        () -> new GetBlockedWorkersRequest(65_536, 1),
                                "pageSize must be between 1 and 65535, was 65536"),
                bound("GetBlockedWorkers pageSize min", () -> new GetBlockedWorkersRequest(1, 1),
                        () -> new GetBlockedWorkersRequest(0, 1), "pageSize must be between 1 and 65535, was 0"),
                bound("GetBlockedWorkers pageNumber", () -> new GetBlockedWorkersRequest(10, 1),
                        () -> new GetBlockedWorkersRequest(10, 0), "pageNumber must be at least 1, was 0"),
                bound("CreateQualificationType description", () -> qualificationType().description(chars(2000)).build(),
                        () -> qualificationType().description(chars(2001)).build(),
                        "description must be at most 2000 characters, was 2001"),
                bound("CreateQualificationType keywords", () -> qualificationType().keywords(chars(1000)).build(),
                        () -> qualificationType().keywords(chars(1001)).build(),
                        "keywords must be at most 1000 characters, was 1001"),
                bound("CreateQualificationType test bytes",
                        () -> qualificationType().test(chars(65_535)).testDuration(Duration.ofMinutes(5)).build(),
                        () -> qualificationType().test(chars(65_536)).testDuration(Duration.ofMinutes(5)).build(),
                        "test must be at most 65535 UTF-8 bytes, was 65536"),
                bound("CreateQualificationType answerKey bytes",
                        () -> qualificationType().test("<t/>").testDuration(Duration.ofMinutes(5))
                                .answerKey(chars(65_535)).build(),
                        () -> qualificationType().test("<t/>").testDuration(Duration.ofMinutes(5))
                                .answerKey(chars(65_536)).build(),
                        "answerKey must be at most 65535 UTF-8 bytes, was 65536"),
                bound("CreateQualificationType retryDelay",
                        () -> qualificationType().retryDelay(Duration.ZERO).build(),
                        () -> qualificationType().retryDelay(Duration.ofSeconds(-1)).build(),
                        "retryDelay must be between 0 and 9223372036854775807 seconds, was -1"),
                bound("UpdateQualificationType description",
                        () -> UpdateQualificationTypeRequest.builder().qualificationTypeId("Q").description(chars(2000))
                                .build(),
                        () -> UpdateQualificationTypeRequest.builder().qualificationTypeId("Q").description(chars(2001))
                                .build(),
                        "description must be at most 2000 characters, was 2001"),
                bound("Assignment requesterFeedback", () -> new AssignmentDecisionRequest("A", chars(1024)),
                        () -> new AssignmentDecisionRequest("A", chars(1025)),
                        "requesterFeedback must be at most 1024 characters, was 1025"),
                bound("Assignment requesterFeedback control characters",
                        () -> new AssignmentDecisionRequest("A", "line\r\n\tok"),
                        () -> new AssignmentDecisionRequest("A", "bell\u0007"),
                        "requesterFeedback must not contain control character U+0007, found at index 4"),
                bound("GetRequesterStatistic count",
                        () -> new GetRequesterStatisticRequest(RequesterStatistic.TOTAL_REWARD_PAYOUT,
                                TimePeriod.ONE_DAY, 1),
                        () -> new GetRequesterStatisticRequest(RequesterStatistic.TOTAL_REWARD_PAYOUT,
                                TimePeriod.ONE_DAY, 0),
                        "count must be at least 1, was 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void acceptsTheBoundAndRefusesOnePast(String name, Supplier<?> atBound, Supplier<?> pastBound, String message) {
        assertDoesNotThrow(atBound::get);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pastBound::get);
        assertEquals(message, e.getMessage());
    }
}
