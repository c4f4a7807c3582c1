package mturk.reactive.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import mturk.reactive.model.AssignmentSortProperty;
import mturk.reactive.model.EventType;
import mturk.reactive.model.HelpType;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.HitStatus;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.NotificationTransport;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequestSortProperty;
import mturk.reactive.model.QualificationStatus;
import mturk.reactive.model.QualificationTypeSortProperty;
import mturk.reactive.model.QualificationTypeStatus;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.ReviewPolicy;
import mturk.reactive.model.SortDirection;
import mturk.reactive.model.TimePeriod;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    private static CreateHitRequest.Builder hit() {
        return CreateHitRequest.builder().title("t").description("d").reward(Price.usd("0.10")).question("<q/>");
    }

    private static String messageOf(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    private static NotificationSpecification rest(EventType... events) {
        return NotificationSpecification.of(NotificationTransport.REST, "https://x.example/n", events);
    }

    // ---------------------------------------------------------------- CreateHIT

    @Test
    void createHitDefaultsAreBoto2s() {
        CreateHitRequest request = hit().build();

        assertEquals(Duration.ofDays(7), request.lifetime());
        assertEquals(1, request.maxAssignments());
        assertEquals(Duration.ofDays(7), request.assignmentDuration());
        assertNull(request.autoApprovalDelay());
        assertNull(request.keywords());
        assertNull(request.uniqueRequestToken());
    }

    @Test
    void createHitJoinsAKeywordListLikeBoto2() {
        assertEquals("boto, test, doctest", hit().keywords(List.of("boto", "test", "doctest")).build().keywords());
    }

    @Test
    void createHitNeedsAQuestionOrALayout() {
        assertEquals("either question or hitLayoutId must be set, was neither",
                messageOf(() -> hit().question(null).build()));
    }

    @Test
    void createHitRefusesBothQuestionAndLayout() {
        assertEquals("hitLayoutId must not be set together with question, was 'L'",
                messageOf(() -> hit().hitLayoutId("L").build()));
    }

    @Test
    void createHitRefusesLayoutParametersWithoutLayout() {
        assertEquals("layoutParameters must not be set without hitLayoutId, was 1 entries",
                messageOf(() -> hit().layoutParameter(HitLayoutParameter.of("k", "v")).build()));
    }

    @Test
    void createHitWithATypeRefusesTypeProperties() {
        assertEquals("title must not be set together with hitTypeId, was 't'",
                messageOf(() -> hit().hitTypeId("HT").build()));
    }

    @Test
    void createHitWithATypeRefusesRequirements() {
        CreateHitRequest.Builder builder = CreateHitRequest.builder().hitTypeId("HT").question("<q/>")
                .qualificationRequirement(Requirements.adult());

        assertEquals("qualificationRequirements must not be set together with hitTypeId, was 1 entries",
                messageOf(builder::build));
    }

    @Test
    void createHitWithATypeNeedsOnlyTheTypeAndContent() {
        CreateHitRequest request = CreateHitRequest.builder().hitTypeId("HT1").hitLayoutId("LAYOUT1")
                .layoutParameter(HitLayoutParameter.of("k", "v")).build();

        assertEquals("HT1", request.hitTypeId());
        assertNull(request.assignmentDuration());
        assertEquals(Duration.ofDays(7), request.lifetime());
    }

    @Test
    void createHitWithoutATypeNeedsATitle() {
        assertEquals("title must not be null", messageOf(() -> hit().title(null).build()));
        assertEquals("title must not be blank, was ' '", messageOf(() -> hit().title(" ").build()));
    }

    @Test
    void createHitWithoutATypeNeedsAReward() {
        assertEquals("reward must not be null", messageOf(() -> hit().reward(null).build()));
    }

    @Test
    void createHitChecksEachRequirementAgainstTheApiRules() {
        CreateHitRequest.Builder builder = hit().qualificationRequirement(
                mturk.reactive.model.QualificationRequirement.ofIntegers("QT",
                        mturk.reactive.model.Comparator.EXISTS, List.of(1)));

        assertTrue(messageOf(builder::build).contains("comparator Exists"));
    }

    @Test
    void createHitRefusesUnknownResponseGroups() {
        assertEquals("responseGroups must be a known value, was UNKNOWN",
                messageOf(() -> hit().responseGroup(ResponseGroup.UNKNOWN).build()));
    }

    @Test
    void createHitTokenCanBeFilledInLater() {
        assertEquals("tok", hit().build().withUniqueRequestToken("tok").uniqueRequestToken());
    }

    @Test
    void createHitRefusesAPolicyOfTheWrongLevel() {
        assertEquals("hitReviewPolicy policyName must be SimplePlurality/2011-09-01, was "
                        + "'ScoreMyKnownAnswers/2011-09-01'",
                messageOf(() -> hit().hitReviewPolicy(ReviewPolicy.of(ReviewPolicy.SCORE_MY_KNOWN_ANSWERS)).build()));
    }

    @Test
    void createHitChecksTheDocumentedRangesOfPolicyParameters() {
        ReviewPolicy atBounds = ReviewPolicy.of(ReviewPolicy.SIMPLE_PLURALITY,
                PolicyParameter.of("ExtendMaximumAssignments", "25"),
                PolicyParameter.of("ExtendMinimumTimeInSeconds", "3600"));
        assertEquals(atBounds, hit().hitReviewPolicy(atBounds).build().hitReviewPolicy());

        assertEquals("hitReviewPolicy ExtendMaximumAssignments must be between 2 and 25, was 26", messageOf(() ->
                hit().hitReviewPolicy(ReviewPolicy.of(ReviewPolicy.SIMPLE_PLURALITY,
                        PolicyParameter.of("ExtendMaximumAssignments", "26"))).build()));
        assertEquals("assignmentReviewPolicy ExtendMinimumTimeInSeconds must be between 3600 and 31536000, was 3599",
                messageOf(() -> hit().assignmentReviewPolicy(ReviewPolicy.of(ReviewPolicy.SCORE_MY_KNOWN_ANSWERS,
                        PolicyParameter.of("ExtendMinimumTimeInSeconds", "3599"))).build()));
        assertEquals("hitReviewPolicy ExtendMaximumAssignments must be an integer, was 'many'", messageOf(() ->
                hit().hitReviewPolicy(ReviewPolicy.of(ReviewPolicy.SIMPLE_PLURALITY,
                        PolicyParameter.of("ExtendMaximumAssignments", "many"))).build()));
    }

    // ---------------------------------------------------------------- other operations

    @Test
    void extendHitNeedsExactlyOneIncrement() {
        assertEquals("exactly one of maxAssignmentsIncrement and expirationIncrement must be set, was neither",
                messageOf(() -> new ExtendHitRequest("H", null, null, null)));
        assertEquals("exactly one of maxAssignmentsIncrement and expirationIncrement must be set, was both",
                messageOf(() -> new ExtendHitRequest("H", 1, Duration.ofHours(1), null)));
    }

    @Test
    void bonusPaymentsNeedExactlyOneOfHitAndAssignment() {
        assertEquals("exactly one of hitId and assignmentId must be set, was neither",
                messageOf(() -> new GetBonusPaymentsRequest(null, null, null)));
        assertEquals("exactly one of hitId and assignmentId must be set, was both",
                messageOf(() -> new GetBonusPaymentsRequest("H", "A", null)));
        assertEquals(PageRequest.DEFAULT, GetBonusPaymentsRequest.forHit("H", null).page());
    }

    @Test
    void setNotificationNeedsASpecificationOrTheActiveFlag() {
        assertEquals("at least one of notification and active must be set, was neither",
                messageOf(() -> new SetHitTypeNotificationRequest("HT", null, null)));
        assertFalse(new SetHitTypeNotificationRequest("HT", null, false).active());
    }

    @Test
    void setNotificationRefusesPing() {
        String message = messageOf(() -> new SetHitTypeNotificationRequest("HT", rest(EventType.PING), true));
        assertTrue(message.startsWith("notification eventTypes must not contain Ping"), message);
    }

    @Test
    void testEventDefaultsToPing() {
        assertEquals(EventType.PING,
                new SendTestEventNotificationRequest(rest(EventType.ASSIGNMENT_SUBMITTED), null).testEventType());
    }

    @Test
    void notificationSpecificationDefaultsTheVersionAndRefusesUnknownValues() {
        assertEquals("2006-05-05", new NotificationSpecification("a@b.c", NotificationTransport.EMAIL, null,
                List.of()).version());
        assertEquals("transport must be a known value, was UNKNOWN", messageOf(() ->
                NotificationSpecification.of(NotificationTransport.UNKNOWN, "x")));
    }

    @Test
    void qualificationTypeDefaultsToActive() {
        assertEquals(QualificationTypeStatus.ACTIVE,
                CreateQualificationTypeRequest.builder().name("n").description("d").build().qualificationTypeStatus());
    }

    @Test
    void qualificationTestNeedsADuration() {
        assertEquals("testDuration must be set together with test, was null", messageOf(() ->
                CreateQualificationTypeRequest.builder().name("n").description("d").test("<t/>").build()));
    }

    @Test
    void qualificationTestExcludesAutoGrant() {
        assertEquals("autoGranted must not be true together with test, was true", messageOf(() ->
                CreateQualificationTypeRequest.builder().name("n").description("d").test("<t/>")
                        .testDuration(Duration.ofMinutes(1)).autoGranted(true).build()));
    }

    @Test
    void answerKeyNeedsATest() {
        assertEquals("answerKey must not be set without test, was '<AnswerKey/>'", messageOf(() ->
                CreateQualificationTypeRequest.builder().name("n").description("d").answerKey("<AnswerKey/>").build()));
        assertEquals("answerKey must not be set without resending test, was '<AnswerKey/>'", messageOf(() ->
                UpdateQualificationTypeRequest.builder().qualificationTypeId("Q").answerKey("<AnswerKey/>").build()));
    }

    @Test
    void autoGrantedValueNeedsAutoGrantOnCreation() {
        assertEquals("autoGrantedValue must not be set without autoGranted=true, was 5", messageOf(() ->
                CreateQualificationTypeRequest.builder().name("n").description("d").autoGrantedValue(5).build()));
        assertEquals(5, UpdateQualificationTypeRequest.builder().qualificationTypeId("Q").autoGrantedValue(5).build()
                .autoGrantedValue());
    }

    @Test
    void statisticCountOnlyWithOneDay() {
        assertEquals("count must not be set unless timePeriod is OneDay, was SevenDays", messageOf(() ->
                new GetRequesterStatisticRequest(RequesterStatistic.TOTAL_REWARD_PAYOUT, TimePeriod.SEVEN_DAYS, 3)));
    }

    @Test
    void numberHitsAssignableOnlyForLifeToDate() {
        assertEquals("timePeriod of NumberHITsAssignable must be LifeToDate, was OneDay", messageOf(() ->
                new GetRequesterStatisticRequest(RequesterStatistic.NUMBER_HITS_ASSIGNABLE, TimePeriod.ONE_DAY, null)));
    }

    @Test
    void workerStatisticMustBeAWorkerLevelOne() {
        assertEquals("statistic must be a worker statistic, was TotalRewardPayout", messageOf(() ->
                new GetRequesterWorkerStatisticRequest(RequesterStatistic.TOTAL_REWARD_PAYOUT, "W",
                        TimePeriod.LIFE_TO_DATE, null)));
    }

    @Test
    void reviewableHitsDefaultToReviewableByExpirationAscending() {
        GetReviewableHitsRequest request = GetReviewableHitsRequest.builder().build();

        assertEquals(List.of(HitStatus.REVIEWABLE), request.statuses());
        assertEquals(HitSortProperty.EXPIRATION, request.sortProperty());
        assertEquals(SortDirection.ASCENDING, request.sortDirection());
        assertEquals(PageRequest.DEFAULT, request.page());
    }

    @Test
    void reviewableHitsRefuseOtherStatuses() {
        assertEquals("statuses must contain only Reviewable or Reviewing, was ASSIGNABLE",
                messageOf(() -> GetReviewableHitsRequest.builder().status(HitStatus.ASSIGNABLE).build()));
    }

    @Test
    void searchHitsDefaultsAreBoto2s() {
        SearchHitsRequest request = SearchHitsRequest.builder().build();

        assertEquals(HitSortProperty.CREATION_TIME, request.sortProperty());
        assertEquals(SortDirection.ASCENDING, request.sortDirection());
        assertEquals(PageRequest.DEFAULT, request.page());
        assertEquals(List.of(), request.responseGroups());
        assertEquals(PageRequest.of(100, 2), request.withPage(PageRequest.of(100, 2)).page());
    }

    @Test
    void searchHitsRefusesAnUnknownSortProperty() {
        assertEquals("sortProperty must be a known value, was UNKNOWN",
                messageOf(() -> SearchHitsRequest.builder().sortProperty(HitSortProperty.UNKNOWN).build()));
    }

    @Test
    void assignmentsForHitDefaultToAllStatusesBySubmitTime() {
        GetAssignmentsForHitRequest request = GetAssignmentsForHitRequest.of("H");

        assertEquals(List.of(), request.assignmentStatuses());
        assertEquals(AssignmentSortProperty.SUBMIT_TIME, request.sortProperty());
        assertEquals(SortDirection.ASCENDING, request.sortDirection());
    }

    @Test
    void qualificationRequestsDefaultToSubmitTimeUnlikeBoto2() {
        assertEquals(QualificationRequestSortProperty.SUBMIT_TIME,
                GetQualificationRequestsRequest.builder().build().sortProperty());
    }

    @Test
    void qualificationTypeSearchDefaultsAreBoto2s() {
        SearchQualificationTypesRequest request = SearchQualificationTypesRequest.builder().build();

        assertNull(request.query());
        assertEquals(QualificationTypeSortProperty.NAME, request.sortProperty());
        assertEquals(SortDirection.ASCENDING, request.sortDirection());
        assertTrue(request.mustBeRequestable());
        assertTrue(request.mustBeOwnedByCaller());
    }

    @Test
    void assignQualificationDefaultsToOneWithNotification() {
        AssignQualificationRequest request = AssignQualificationRequest.of("QT", "W");

        assertEquals(1, request.integerValue());
        assertTrue(request.sendNotification());
    }

    @Test
    void qualificationsForTypeDefaultToGrantedInPagesOfHundred() {
        GetQualificationsForQualificationTypeRequest request =
                new GetQualificationsForQualificationTypeRequest("QT", null, null);

        assertEquals(QualificationStatus.GRANTED, request.status());
        assertEquals(PageRequest.of(100, 1), request.page());
    }

    @Test
    void smallOperationsApplyTheirDefaults() {
        assertEquals(1, new GrantQualificationRequest("R", null).integerValue());
        assertEquals(HelpType.OPERATION, new HelpRequest(List.of("CreateHIT"), null).helpType());
        assertEquals(10, new GetBlockedWorkersRequest(null, null).pageSize());
    }

    @Test
    void blockingNeedsAReasonButUnblockingDoesNot() {
        assertEquals("reason must not be null", messageOf(() -> BlockWorkerRequest.block("W", null)));
        assertNull(new BlockWorkerRequest("W", null).reason());
    }

    @Test
    void pageRequestAdvances() {
        assertEquals(PageRequest.of(10, 2), PageRequest.DEFAULT.next());
    }

    @Test
    void idsMustNotBeBlank() {
        assertEquals("hitId must not be blank, was ''", messageOf(() -> GetAssignmentsForHitRequest.of("")));
        assertEquals("assignmentId must not be null", messageOf(() -> new AssignmentDecisionRequest(null, null)));
    }
}
