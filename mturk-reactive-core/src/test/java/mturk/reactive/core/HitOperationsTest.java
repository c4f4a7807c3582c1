package mturk.reactive.core;

import static mturk.reactive.core.Expect.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.testing.LeakCheckExtension;
import mturk.reactive.model.Comparator;
import mturk.reactive.model.EventType;
import mturk.reactive.model.Hit;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.HitReviewStatus;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.HitStatus;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.NotificationTransport;
import mturk.reactive.model.Page;
import mturk.reactive.model.ParameterMapEntry;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.ReviewAction;
import mturk.reactive.model.ReviewActionStatus;
import mturk.reactive.model.ReviewPolicy;
import mturk.reactive.model.ReviewPolicyLevel;
import mturk.reactive.model.ReviewReport;
import mturk.reactive.model.ReviewResult;
import mturk.reactive.model.ReviewResults;
import mturk.reactive.model.SortDirection;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.ExtendHitRequest;
import mturk.reactive.model.request.GetHitsForQualificationTypeRequest;
import mturk.reactive.model.request.GetReviewResultsForHitRequest;
import mturk.reactive.model.request.GetReviewableHitsRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import mturk.reactive.model.request.SendTestEventNotificationRequest;
import mturk.reactive.model.request.SetHitTypeNotificationRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

/**
 * Every HIT-type and HIT operation against a loopback server: the exact parameters sent (form-decoded, compared as a
 * map, common parameters aside) and the record decoded from the example responses of the API notes.
 */
@ExtendWith(LeakCheckExtension.class)
class HitOperationsTest {

    private static final String EXTERNAL_QUESTION = "<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd\"><ExternalURL>https://example.com/q"
            + "</ExternalURL><FrameHeight>400</FrameHeight></ExternalQuestion>";

    private static RecordingServer server;
    private static MTurkClient client;

    @BeforeAll
    static void start() {
        server = new RecordingServer();
        client = server.clientBuilder().build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    /** The HIT of the GetHIT example (mturk-legacy-api §3.2), with a second, locale requirement. */
    static Hit getHitFixtureHit() {
        return Hit.builder()
                .hitId("GR4R3HY3YGBZXDCAPJWZ")
                .hitTypeId("YGKZ2W5X6YFZ08ZRXXZZ")
                .creationTime(Instant.parse("2009-06-25T04:21:17Z"))
                .title("Write a twitter update")
                .description("Simply write a twitter update for me")
                .question("<ExternalQuestion xmlns=\"http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/"
                        + "2006-07-14/ExternalQuestion.xsd\">\n\t<ExternalURL>http://s3.amazonaws.com/mturk/samples/"
                        + "newtweet.html?id=foo</ExternalURL>\n\t<FrameHeight>400</FrameHeight>\n</ExternalQuestion>\n")
                .keywords("twitter, blogging, writing, english")
                .hitStatus(HitStatus.REVIEWABLE)
                .maxAssignments(1)
                .reward(new Price(new BigDecimal("0.10"), "USD", "$0.10"))
                .autoApprovalDelay(Duration.ofHours(1))
                .expiration(Instant.parse("2009-06-25T05:21:17Z"))
                .assignmentDuration(Duration.ofHours(1))
                .requesterAnnotation("OptionalNote")
                .qualificationRequirement(QualificationRequirement.ofIntegers("000000000000000000L0",
                        Comparator.GREATER_THAN, List.of(90)))
                .qualificationRequirement(QualificationRequirement.ofLocales("00000000000000000071", Comparator.IN,
                        List.of(LocaleValue.of("US", "WA"), LocaleValue.of("CA"))).withRequiredToPreview(true))
                .hitReviewStatus(HitReviewStatus.NOT_REVIEWED)
                .build();
    }

    // ---- HIT types and notifications ----

    @Test
    void registerHitTypeSendsEveryPropertyAndReturnsTheId() {
        RegisterHitTypeRequest request = RegisterHitTypeRequest.builder()
                .title("Boto Test HIT type").description("HIT Type for testing Boto").reward(Price.usd("0.12"))
                .assignmentDuration(Duration.ofSeconds(360)).keywords("boto, test, doctest")
                .autoApprovalDelay(Duration.ofSeconds(3600))
                .qualificationRequirement(Requirements.locale(Comparator.NOT_IN, LocaleValue.of("US", "WA"),
                        LocaleValue.of("CA")))
                .build();

        StepVerifier.create(client.registerHitType(request)).expectNext("KZ3GKTRXBWGYX8WXBW60").verifyComplete();

        assertEquals(params("Operation", "RegisterHITType", "Title", "Boto Test HIT type",
                "Description", "HIT Type for testing Boto", "Reward.1.Amount", "0.12", "Reward.1.CurrencyCode", "USD",
                "AssignmentDurationInSeconds", "360", "Keywords", "boto, test, doctest",
                "AutoApprovalDelayInSeconds", "3600",
                "QualificationRequirement.1.QualificationTypeId", "00000000000000000071",
                "QualificationRequirement.1.Comparator", "NotIn",
                "QualificationRequirement.1.LocaleValue.1.Country", "US",
                "QualificationRequirement.1.LocaleValue.1.Subdivision", "WA",
                "QualificationRequirement.1.LocaleValue.2.Country", "CA"), server.onlyRequest());
    }

    @Test
    void setHitTypeNotificationSendsActiveAsTopLevelLowercaseParameter() {
        StepVerifier.create(client.setHitTypeNotification(new SetHitTypeNotificationRequest("HT",
                NotificationSpecification.of(NotificationTransport.SQS, "https://sqs.example/q",
                        EventType.ASSIGNMENT_SUBMITTED, EventType.HIT_EXPIRED), false))).verifyComplete();

        assertEquals(params("Operation", "SetHITTypeNotification", "HITTypeId", "HT", "Active", "false",
                "Notification.1.Destination", "https://sqs.example/q", "Notification.1.Transport", "SQS",
                "Notification.1.Version", "2006-05-05", "Notification.1.EventType.1", "AssignmentSubmitted",
                "Notification.1.EventType.2", "HITExpired"), server.onlyRequest());
    }

    @Test
    void setHitTypeNotificationWithOnlyActiveTogglesWithoutSpecification() {
        StepVerifier.create(client.setHitTypeNotification(new SetHitTypeNotificationRequest("HT", null, true)))
                .verifyComplete();

        assertEquals(params("Operation", "SetHITTypeNotification", "HITTypeId", "HT", "Active", "true"),
                server.onlyRequest());
    }

    @Test
    void setRestNotificationSendsBoto2sSpecificationWithActiveTrue() {
        StepVerifier.create(client.setRestNotification("HT", "https://x.example/n", EventType.ASSIGNMENT_SUBMITTED,
                EventType.HIT_EXPIRED)).verifyComplete();

        assertEquals(params("Operation", "SetHITTypeNotification", "HITTypeId", "HT", "Active", "true",
                "Notification.1.Destination", "https://x.example/n", "Notification.1.Transport", "REST",
                "Notification.1.Version", "2006-05-05", "Notification.1.EventType.1", "AssignmentSubmitted",
                "Notification.1.EventType.2", "HITExpired"), server.onlyRequest());
    }

    @Test
    void setEmailNotificationUsesTheEmailTransport() {
        StepVerifier.create(client.setEmailNotification("HT", "me@example.com", EventType.HIT_REVIEWABLE))
                .verifyComplete();

        assertEquals(params("Operation", "SetHITTypeNotification", "HITTypeId", "HT", "Active", "true",
                "Notification.1.Destination", "me@example.com", "Notification.1.Transport", "Email",
                "Notification.1.Version", "2006-05-05", "Notification.1.EventType.1", "HITReviewable"),
                server.onlyRequest());
    }

    @Test
    void setSqsNotificationUsesTheSqsTransport() {
        StepVerifier.create(client.setSqsNotification("HT", "https://sqs.example/q")).verifyComplete();

        assertEquals(params("Operation", "SetHITTypeNotification", "HITTypeId", "HT", "Active", "true",
                "Notification.1.Destination", "https://sqs.example/q", "Notification.1.Transport", "SQS",
                "Notification.1.Version", "2006-05-05"), server.onlyRequest());
    }

    @Test
    void sendTestEventNotificationSendsTheSpecificationAndTheTestEvent() {
        StepVerifier.create(client.sendTestEventNotification(new SendTestEventNotificationRequest(
                NotificationSpecification.of(NotificationTransport.EMAIL, "me@example.com",
                        EventType.ASSIGNMENT_ACCEPTED), EventType.ASSIGNMENT_ACCEPTED))).verifyComplete();

        assertEquals(params("Operation", "SendTestEventNotification", "Notification.1.Destination", "me@example.com",
                "Notification.1.Transport", "Email", "Notification.1.Version", "2006-05-05",
                "Notification.1.EventType.1", "AssignmentAccepted", "TestEventType", "AssignmentAccepted"),
                server.onlyRequest());
    }

    @Test
    void sendTestEventNotificationDefaultsToPing() {
        StepVerifier.create(client.sendTestEventNotification("https://x.example/n", null)).verifyComplete();

        assertEquals(params("Operation", "SendTestEventNotification", "Notification.1.Destination",
                "https://x.example/n", "Notification.1.Transport", "REST", "Notification.1.Version", "2006-05-05",
                "TestEventType", "Ping"), server.onlyRequest());
    }

    // ---- CreateHIT ----

    @Test
    void createHitWithInlineTypeSendsEveryParameterAndAGeneratedToken() {
        CreateHitRequest request = CreateHitRequest.builder()
                .title("T").description("D").reward(Price.usd("0.25")).assignmentDuration(Duration.ofMinutes(5))
                .keywords(List.of("a", "b")).autoApprovalDelay(Duration.ZERO)
                .qualificationRequirement(Requirements.custom("333333333333333333333333333333", Comparator.IN,
                        100, 90, 80))
                .qualificationRequirement(Requirements.exists("Q2"))
                .question(EXTERNAL_QUESTION).lifetime(Duration.ofHours(1)).maxAssignments(3)
                .assignmentReviewPolicy(ReviewPolicy.of(ReviewPolicy.SCORE_MY_KNOWN_ANSWERS,
                        PolicyParameter.of("ApproveIfKnownAnswerScoreIsAtLeast", "80"),
                        PolicyParameter.ofMap("AnswerKey", ParameterMapEntry.of("q1", "A"))))
                .requesterAnnotation("batch 7")
                .responseGroup(ResponseGroup.MINIMAL).responseGroup(ResponseGroup.HIT_DETAIL)
                .build();

        StepVerifier.create(client.createHit(request))
                .expectNext(Hit.builder().hitId("28J4IXKO2L927XKJTHO34OCDNASCDW")
                        .hitTypeId("2XZ7D1X3V0FKQVW7LU51S7PKKGFKDF").build())
                .verifyComplete();

        Map<String, String> sent = server.onlyRequest();
        String token = sent.remove("UniqueRequestToken");
        assertTrue(token != null && !token.isBlank() && token.length() <= 64, "generated token: " + token);
        assertEquals(params("Operation", "CreateHIT", "Title", "T", "Description", "D", "Reward.1.Amount", "0.25",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "300", "Keywords", "a, b",
                "AutoApprovalDelayInSeconds", "0",
                "QualificationRequirement.1.QualificationTypeId", "333333333333333333333333333333",
                "QualificationRequirement.1.Comparator", "In", "QualificationRequirement.1.IntegerValue.1", "100",
                "QualificationRequirement.1.IntegerValue.2", "90", "QualificationRequirement.1.IntegerValue.3", "80",
                "QualificationRequirement.2.QualificationTypeId", "Q2",
                "QualificationRequirement.2.Comparator", "Exists",
                "Question", EXTERNAL_QUESTION, "LifetimeInSeconds", "3600", "MaxAssignments", "3",
                "AssignmentReviewPolicy.PolicyName", "ScoreMyKnownAnswers/2011-09-01",
                "AssignmentReviewPolicy.Parameter.1.Key", "ApproveIfKnownAnswerScoreIsAtLeast",
                "AssignmentReviewPolicy.Parameter.1.Value.1", "80",
                "AssignmentReviewPolicy.Parameter.2.Key", "AnswerKey",
                "AssignmentReviewPolicy.Parameter.2.MapEntry.1.Key", "q1",
                "AssignmentReviewPolicy.Parameter.2.MapEntry.1.Value.1", "A",
                "RequesterAnnotation", "batch 7", "ResponseGroup.1", "Minimal", "ResponseGroup.2", "HITDetail"), sent);
    }

    @Test
    void createHitOfATypeWithALayoutSendsTheCallersToken() {
        StepVerifier.create(client.createHit(b -> b.hitTypeId("HT1").hitLayoutId("LAYOUT1")
                        .layoutParameter(HitLayoutParameter.of("k", "v & <w>")).uniqueRequestToken("my-token")))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "CreateHIT", "HITTypeId", "HT1", "HITLayoutId", "LAYOUT1",
                "HITLayoutParameter.1.Name", "k", "HITLayoutParameter.1.Value", "v & <w>", "LifetimeInSeconds",
                "604800", "MaxAssignments", "1", "UniqueRequestToken", "my-token"), server.onlyRequest());
    }

    @Test
    void eachSubscriptionOfCreateHitIsANewLogicalCallWithANewToken() {
        var call = client.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION));
        call.block(Duration.ofSeconds(10));
        call.block(Duration.ofSeconds(10));

        List<Map<String, String>> sent = server.requests();
        assertEquals(2, sent.size());
        assertNotEquals(sent.get(0).get("UniqueRequestToken"), sent.get(1).get("UniqueRequestToken"));
    }

    @Test
    void createHitAnsweredWithHitAlreadyExistsReturnsTheExistingHitFetchedWithGetHit() {
        String alreadyExists = RecordingServer.fixture("CreateHIT-HitAlreadyExists.xml");
        server.respond(p -> p.get("Operation").equals("CreateHIT")
                ? RecordingServer.Response.ok(alreadyExists)
                : RecordingServer.fixtureFor(p));

        StepVerifier.create(client.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION)
                        .uniqueRequestToken("tok-1")))
                .expectNext(getHitFixtureHit())
                .verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(2, sent.size());
        assertEquals("tok-1", sent.get(0).get("UniqueRequestToken"));
        assertEquals(params("Operation", "GetHIT", "HITId", "GR4R3HY3YGBZXDCAPJWZ"),
                RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void hitAlreadyExistsWithoutTheHitIdStaysAnError() {
        server.respond(p -> RecordingServer.Response.ok("<CreateHITResponse><HIT><Request><IsValid>False</IsValid>"
                + "<Errors><Error><Code>AWS.MechanicalTurk.HITAlreadyExists</Code><Message>exists</Message></Error>"
                + "</Errors></Request></HIT></CreateHITResponse>"));

        StepVerifier.create(client.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION)))
                .expectErrorSatisfies(e -> assertEquals("AWS.MechanicalTurk.HITAlreadyExists",
                        ((MTurkServiceException) e).errorCode()))
                .verify(Duration.ofSeconds(10));
        assertEquals(1, server.requests().size());
    }

    @Test
    void createHitRetriedAfterAThrottleReusesTheGeneratedToken() {
        try (MTurkClient retrying = server.clientBuilder().retryPolicy(new RetryPolicy(2, Duration.ofMillis(1),
                Duration.ofMillis(2), 0, reactor.core.scheduler.Schedulers.parallel())).build()) {
            server.respond(p -> server.requests().size() == 1
                    ? new RecordingServer.Response(503, "<CreateHITResponse><OperationRequest><Errors><Error><Code>"
                            + "AWS.ServiceUnavailable</Code><Message>busy</Message></Error></Errors></OperationRequest>"
                            + "</CreateHITResponse>")
                    : RecordingServer.fixtureFor(p));

            StepVerifier.create(retrying.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION)))
                    .expectNextCount(1)
                    .verifyComplete();
        }
        List<Map<String, String>> sent = server.requests();
        assertEquals(2, sent.size());
        assertEquals(sent.get(0).get("UniqueRequestToken"), sent.get(1).get("UniqueRequestToken"));
    }

    @Test
    void createHitWithInvalidArgumentsThrowsBeforeSendingAnything() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION).maxAssignments(0)));
        assertTrue(e.getMessage().contains("maxAssignments"), e.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        client.createHit(b -> b.hitTypeId("HT1").question(EXTERNAL_QUESTION));
        client.approveAssignment("A1");
        client.getAllHits();
        client.getAccountBalance();
        assertTrue(server.requests().isEmpty());
    }

    // ---- reading HITs ----

    @Test
    void getHitSendsTheIdAndResponseGroupsAndDecodesEveryNestedField() {
        StepVerifier.create(client.getHit("GR4R3HY3YGBZXDCAPJWZ", ResponseGroup.HIT_DETAIL,
                        ResponseGroup.HIT_QUESTION))
                .expectNext(getHitFixtureHit())
                .verifyComplete();

        assertEquals(params("Operation", "GetHIT", "HITId", "GR4R3HY3YGBZXDCAPJWZ", "ResponseGroup.1", "HITDetail",
                "ResponseGroup.2", "HITQuestion"), server.onlyRequest());
    }

    @Test
    void searchHitsSendsBoto2sDefaultsAndReturnsThePage() {
        Hit expected = Hit.builder().hitId("2BU26DG67D1XTE823B3OQ2JF2XWF83")
                .hitTypeId("22OWJ5OPB0YV6IGL5727KP9U38P5XR").creationTime(Instant.parse("2011-12-28T19:56:20Z"))
                .title("test hit").description("please disregard, testing only").hitStatus(HitStatus.REVIEWABLE)
                .maxAssignments(1).reward(new Price(new BigDecimal("0.01"), "USD", "$0.01"))
                .autoApprovalDelay(Duration.ofSeconds(2592000)).expiration(Instant.parse("2011-12-28T19:56:50Z"))
                .assignmentDuration(Duration.ofSeconds(30)).numberOfAssignmentsPending(0)
                .numberOfAssignmentsAvailable(1).numberOfAssignmentsCompleted(0).build();

        StepVerifier.create(client.searchHits())
                .expectNext(new Page<>(List.of(expected), 1, 1, 1))
                .verifyComplete();

        assertEquals(params("Operation", "SearchHITs", "SortProperty", "CreationTime", "SortDirection", "Ascending",
                "PageSize", "10", "PageNumber", "1"), server.onlyRequest());
    }

    @Test
    void searchHitsSendsTheRequestedSortPageAndGroups() {
        StepVerifier.create(client.searchHits(SearchHitsRequest.builder().sortProperty(HitSortProperty.ENUMERATION)
                        .sortDirection(SortDirection.DESCENDING).page(50, 3)
                        .responseGroup(ResponseGroup.HIT_ASSIGNMENT_SUMMARY).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "SearchHITs", "SortProperty", "Enumeration", "SortDirection", "Descending",
                "PageSize", "50", "PageNumber", "3", "ResponseGroup.1", "HITAssignmentSummary"), server.onlyRequest());
    }

    @Test
    void getReviewableHitsSendsBoto2sDefaults() {
        StepVerifier.create(client.getReviewableHits())
                .expectNext(new Page<>(List.of(Hit.builder().hitId("GBHZVQX3EHXZ2AYDY2T0").build()), 1, 1, 1))
                .verifyComplete();

        assertEquals(params("Operation", "GetReviewableHITs", "Status", "Reviewable", "SortProperty", "Expiration",
                "SortDirection", "Ascending", "PageSize", "10", "PageNumber", "1"), server.onlyRequest());
    }

    @Test
    void getReviewableHitsSendsTheTypeAndBothStatusesCommaSeparated() {
        StepVerifier.create(client.getReviewableHits(GetReviewableHitsRequest.builder().hitTypeId("HT")
                        .statuses(List.of(HitStatus.REVIEWABLE, HitStatus.REVIEWING)).build()))
                .expectNextCount(1)
                .verifyComplete();

        assertEquals(params("Operation", "GetReviewableHITs", "HITTypeId", "HT", "Status", "Reviewable,Reviewing",
                "SortProperty", "Expiration", "SortDirection", "Ascending", "PageSize", "10", "PageNumber", "1"),
                server.onlyRequest());
    }

    @Test
    void getHitsForQualificationTypeSendsTheTypeAndPage() {
        StepVerifier.create(client.getHitsForQualificationType(new GetHitsForQualificationTypeRequest("QT", null)))
                .expectNext(new Page<>(List.of(Hit.builder().hitId("3HYV4299H0WQ8GEXAMPLE")
                        .hitTypeId("2XZ7D1X3V0FKQVW7LU51S7PKKGFKDF").title("Tagging")
                        .hitStatus(HitStatus.ASSIGNABLE).build()), 1, 1, 1))
                .verifyComplete();

        assertEquals(params("Operation", "GetHITsForQualificationType", "QualificationTypeId", "QT",
                "PageSize", "10", "PageNumber", "1"), server.onlyRequest());
    }

    // ---- changing HITs ----

    @Test
    void changeHitTypeOfHitSendsBothIds() {
        StepVerifier.create(client.changeHitTypeOfHit("H1", "HT2")).verifyComplete();

        assertEquals(params("Operation", "ChangeHITTypeOfHIT", "HITId", "H1", "HITTypeId", "HT2"),
                server.onlyRequest());
    }

    @Test
    void extendHitByAssignmentsSendsTheIncrementAndAToken() {
        StepVerifier.create(client.extendHit("H1", 5)).verifyComplete();

        Map<String, String> sent = server.onlyRequest();
        assertFalse(sent.remove("UniqueRequestToken").isBlank());
        assertEquals(params("Operation", "ExtendHIT", "HITId", "H1", "MaxAssignmentsIncrement", "5"), sent);
    }

    @Test
    void extendHitByTimeSendsSecondsAndTheCallersToken() {
        StepVerifier.create(client.extendHit(ExtendHitRequest.extendExpiration("H1", Duration.ofHours(2))
                .withUniqueRequestToken("t-9"))).verifyComplete();

        assertEquals(params("Operation", "ExtendHIT", "HITId", "H1", "ExpirationIncrementInSeconds", "7200",
                "UniqueRequestToken", "t-9"), server.onlyRequest());
    }

    @Test
    void extendHitAnsweredWithDuplicateCallIsSuccess() {
        server.respond(RecordingServer.always("ExtendHIT-DuplicateCall.xml"));

        StepVerifier.create(client.extendHit("H1", 5)).verifyComplete();
    }

    @Test
    void expireHitSendsForceExpireHit() {
        StepVerifier.create(client.expireHit("H1")).verifyComplete();

        assertEquals(params("Operation", "ForceExpireHIT", "HITId", "H1"), server.onlyRequest());
    }

    @Test
    void setReviewingSendsRevertOnlyWhenReverting() {
        StepVerifier.create(client.setReviewing("H1")).verifyComplete();
        StepVerifier.create(client.setReviewing("H2", true)).verifyComplete();

        List<Map<String, String>> sent = server.requests();
        assertEquals(params("Operation", "SetHITAsReviewing", "HITId", "H1"),
                RecordingServer.operationParams(sent.get(0)));
        assertEquals(params("Operation", "SetHITAsReviewing", "HITId", "H2", "Revert", "true"),
                RecordingServer.operationParams(sent.get(1)));
    }

    @Test
    void disableHitSendsTheIdAndSignalsTheServiceError() {
        server.respond(p -> RecordingServer.Response.ok("<DisableHITResponse><OperationRequest><RequestId>r1"
                + "</RequestId></OperationRequest><DisableHITResult><Request><IsValid>False</IsValid><Errors><Error>"
                + "<Code>AWS.MechanicalTurk.HITDoesNotExist</Code><Message>Hit foo does not exist.</Message></Error>"
                + "</Errors></Request></DisableHITResult></DisableHITResponse>"));

        StepVerifier.create(client.disableHit("foo"))
                .expectErrorSatisfies(e -> {
                    MTurkServiceException s = (MTurkServiceException) e;
                    assertEquals("AWS.MechanicalTurk.HITDoesNotExist", s.errorCode());
                    assertEquals("r1", s.requestId().orElseThrow());
                })
                .verify(Duration.ofSeconds(10));
        assertEquals(params("Operation", "DisableHIT", "HITId", "foo"), server.onlyRequest());
    }

    @Test
    void disposeHitSendsTheId() {
        StepVerifier.create(client.disposeHit("H1")).verifyComplete();

        assertEquals(params("Operation", "DisposeHIT", "HITId", "H1"), server.onlyRequest());
    }

    @Test
    void getReviewResultsForHitSendsTheOptionsAndDecodesPoliciesAndReports() {
        ReviewResults expected = new ReviewResults("1AAQ8VB9EXAMPLE",
                ReviewPolicy.of(ReviewPolicy.SCORE_MY_KNOWN_ANSWERS,
                        PolicyParameter.of("ApproveIfKnownAnswerScoreIsAtLeast", "80"),
                        PolicyParameter.ofMap("AnswerKey", ParameterMapEntry.of("q1", "A"))),
                null,
                new ReviewReport(null, null, null,
                        List.of(ReviewResult.builder().actionId("1AAQ8VB9EXAMPLEACTION")
                                .subjectId("1AAQ8VB9EXAMPLEASSIGNMENT").subjectType("Assignment").questionId("q1")
                                .key("KnownAnswerScore").value("100").build()),
                        List.of(ReviewAction.builder().actionId("1AAQ8VB9EXAMPLEACTION").actionName("approve")
                                .objectId("1AAQ8VB9EXAMPLEASSIGNMENT").objectType("Assignment")
                                .statusWire("SUCCEEDED").completeTime(Instant.parse("2010-08-03T16:20:22Z"))
                                .result("Approved").build())),
                null);

        StepVerifier.create(client.getReviewResultsForHit(GetReviewResultsForHitRequest.builder().hitId("H1")
                        .policyLevels(List.of(ReviewPolicyLevel.ASSIGNMENT, ReviewPolicyLevel.HIT))
                        .retrieveActions(true).retrieveResults(false).pageSize(100).pageNumber(2).build()))
                .assertNext(r -> {
                    assertEquals(expected, r);
                    assertEquals(ReviewActionStatus.SUCCEEDED,
                            r.assignmentReviewReport().actions().get(0).status());
                })
                .verifyComplete();

        assertEquals(params("Operation", "GetReviewResultsForHIT", "HITId", "H1", "PolicyLevel.1", "Assignment",
                "PolicyLevel.2", "HIT", "RetrieveActions", "true", "RetrieveResults", "false", "PageSize", "100",
                "PageNumber", "2"), server.onlyRequest());
    }

    @Test
    void getReviewResultsForHitWithDefaultsSendsOnlyTheHit() {
        StepVerifier.create(client.getReviewResultsForHit("H1")).expectNextCount(1).verifyComplete();

        assertEquals(params("Operation", "GetReviewResultsForHIT", "HITId", "H1"), server.onlyRequest());
    }
}
