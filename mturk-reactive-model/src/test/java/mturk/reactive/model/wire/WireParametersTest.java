package mturk.reactive.model.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import mturk.reactive.model.Comparator;
import mturk.reactive.model.EventType;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.LocaleValue;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.NotificationTransport;
import mturk.reactive.model.ParameterMapEntry;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.Requirements;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.ReviewPolicy;
import mturk.reactive.model.HitStatus;
import org.junit.jupiter.api.Test;

class WireParametersTest {

    private final Map<String, String> params = new TreeMap<>();
    private final ParameterSink sink = ParameterSink.into(params);

    @Test
    void goldenVectorFourRequirementsAndRewardMatchBoto2() {
        List<QualificationRequirement> requirements = List.of(
                Requirements.locale(Comparator.IN, LocaleValue.of("US", "WA"), LocaleValue.of("CA")),
                Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN_OR_EQUAL_TO, 95)
                        .withRequiredToPreview(true));

        WireParameters.qualificationRequirements(sink, requirements);
        WireParameters.price(sink, "Reward", Price.usd("0.05"));

        assertEquals(Map.ofEntries(
                Map.entry("QualificationRequirement.1.Comparator", "In"),
                Map.entry("QualificationRequirement.1.LocaleValue.1.Country", "US"),
                Map.entry("QualificationRequirement.1.LocaleValue.1.Subdivision", "WA"),
                Map.entry("QualificationRequirement.1.LocaleValue.2.Country", "CA"),
                Map.entry("QualificationRequirement.1.QualificationTypeId", "00000000000000000071"),
                Map.entry("QualificationRequirement.2.Comparator", "GreaterThanOrEqualTo"),
                Map.entry("QualificationRequirement.2.IntegerValue", "95"),
                Map.entry("QualificationRequirement.2.QualificationTypeId", "000000000000000000L0"),
                Map.entry("QualificationRequirement.2.RequiredToPreview", "true"),
                Map.entry("Reward.1.Amount", "0.05"),
                Map.entry("Reward.1.CurrencyCode", "USD")), params);
    }

    @Test
    void zeroIsSentForAComparisonValue() {
        WireParameters.qualificationRequirement(sink, "QualificationRequirement.1",
                Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN, 0).withRequiredToPreview(true));

        assertEquals(Map.of("QualificationRequirement.1.Comparator", "GreaterThan",
                "QualificationRequirement.1.IntegerValue", "0",
                "QualificationRequirement.1.QualificationTypeId", "000000000000000000L0",
                "QualificationRequirement.1.RequiredToPreview", "true"), params);
    }

    @Test
    void existsSendsNoValueAndRequiredToPreviewIsOmittedWhenFalse() {
        WireParameters.qualificationRequirement(sink, "QualificationRequirement.1", Requirements.exists("QT"));

        assertEquals(Map.of("QualificationRequirement.1.Comparator", "Exists",
                "QualificationRequirement.1.QualificationTypeId", "QT"), params);
    }

    @Test
    void aSingleLocaleIsSentWithoutIndexAsBoto2Does() {
        WireParameters.qualificationRequirement(sink, "QualificationRequirement.1",
                Requirements.locale(Comparator.EQUAL_TO, LocaleValue.of("US", "WA")).withRequiredToPreview(true));

        assertEquals(Map.of("QualificationRequirement.1.Comparator", "EqualTo",
                "QualificationRequirement.1.LocaleValue.Country", "US",
                "QualificationRequirement.1.LocaleValue.Subdivision", "WA",
                "QualificationRequirement.1.QualificationTypeId", "00000000000000000071",
                "QualificationRequirement.1.RequiredToPreview", "true"), params);
    }

    @Test
    void integerSetsAreIndexed() {
        WireParameters.qualificationRequirement(sink, "QualificationRequirement.3",
                Requirements.custom("QT", Comparator.NOT_IN, 10, 20));

        assertEquals(Map.of("QualificationRequirement.3.Comparator", "NotIn",
                "QualificationRequirement.3.IntegerValue.1", "10",
                "QualificationRequirement.3.IntegerValue.2", "20",
                "QualificationRequirement.3.QualificationTypeId", "QT"), params);
    }

    @Test
    void anUnknownComparatorIsSentAsReceived() {
        WireParameters.qualificationRequirement(sink, "Q.1",
                new QualificationRequirement("QT", null, "Matches", List.of(3), List.of(), false));

        assertEquals("Matches", params.get("Q.1.Comparator"));
        assertEquals("3", params.get("Q.1.IntegerValue"));
    }

    @Test
    void bonusAmountUsesItsOwnLabel() {
        WireParameters.price(sink, "BonusAmount", Price.usd("1"));

        assertEquals(Map.of("BonusAmount.1.Amount", "1", "BonusAmount.1.CurrencyCode", "USD"), params);
    }

    @Test
    void layoutParametersMatchBoto2() {
        WireParameters.layoutParameters(sink, List.of(HitLayoutParameter.of("image_url", "http://x/a.jpg"),
                HitLayoutParameter.of("n", "3")));

        assertEquals(Map.of("HITLayoutParameter.1.Name", "image_url", "HITLayoutParameter.1.Value", "http://x/a.jpg",
                "HITLayoutParameter.2.Name", "n", "HITLayoutParameter.2.Value", "3"), params);
    }

    @Test
    void notificationMatchesBoto2ExceptTheNestedActiveFlag() {
        WireParameters.notification(sink, NotificationSpecification.of(NotificationTransport.REST,
                "https://x.example/n", EventType.ASSIGNMENT_SUBMITTED, EventType.HIT_EXPIRED));

        assertEquals(Map.of("Notification.1.Destination", "https://x.example/n",
                "Notification.1.EventType.1", "AssignmentSubmitted",
                "Notification.1.EventType.2", "HITExpired",
                "Notification.1.Transport", "REST",
                "Notification.1.Version", "2006-05-05"), params);
    }

    @Test
    void reviewPolicyIsFlattenedWithParametersAndMapEntries() {
        ReviewPolicy policy = ReviewPolicy.of(ReviewPolicy.SCORE_MY_KNOWN_ANSWERS,
                PolicyParameter.ofMap("AnswerKey", ParameterMapEntry.of("q1", "A"), ParameterMapEntry.of("q2", "B",
                        "C")),
                PolicyParameter.of("ApproveIfKnownAnswerScoreIsAtLeast", "80"));

        WireParameters.reviewPolicy(sink, "AssignmentReviewPolicy", policy);

        assertEquals(Map.of("AssignmentReviewPolicy.PolicyName", "ScoreMyKnownAnswers/2011-09-01",
                "AssignmentReviewPolicy.Parameter.1.Key", "AnswerKey",
                "AssignmentReviewPolicy.Parameter.1.MapEntry.1.Key", "q1",
                "AssignmentReviewPolicy.Parameter.1.MapEntry.1.Value.1", "A",
                "AssignmentReviewPolicy.Parameter.1.MapEntry.2.Key", "q2",
                "AssignmentReviewPolicy.Parameter.1.MapEntry.2.Value.1", "B",
                "AssignmentReviewPolicy.Parameter.1.MapEntry.2.Value.2", "C",
                "AssignmentReviewPolicy.Parameter.2.Key", "ApproveIfKnownAnswerScoreIsAtLeast",
                "AssignmentReviewPolicy.Parameter.2.Value.1", "80"), params);
    }

    @Test
    void booleansAreLowerCase() {
        WireParameters.bool(sink, "Revert", true);
        WireParameters.bool(sink, "SendNotification", false);

        assertEquals(Map.of("Revert", "true", "SendNotification", "false"), params);
    }

    @Test
    void nullValuesAreNeverEmitted() {
        WireParameters.string(sink, "Query", null);
        WireParameters.number(sink, "IntegerValue", null);
        WireParameters.bool(sink, "Active", null);
        WireParameters.seconds(sink, "RetryDelayInSeconds", null);
        WireParameters.enumValue(sink, "SortProperty", null);
        WireParameters.price(sink, "Reward", null);
        WireParameters.notification(sink, null);
        WireParameters.reviewPolicy(sink, "HITReviewPolicy", null);
        WireParameters.list(sink, "WorkerId", null);
        WireParameters.qualificationRequirements(sink, null);
        WireParameters.layoutParameters(sink, null);

        assertEquals(Map.of(), params);
    }

    @Test
    void durationsAreWholeSeconds() {
        WireParameters.seconds(sink, "LifetimeInSeconds", Duration.ofMinutes(65));

        assertEquals(Map.of("LifetimeInSeconds", "3900"), params);
    }

    @Test
    void listsAreIndexedFromOne() {
        WireParameters.list(sink, "WorkerId", List.of("W1", "W2"));
        WireParameters.enumList(sink, "ResponseGroup", List.of(ResponseGroup.MINIMAL, ResponseGroup.HIT_DETAIL));

        assertEquals(Map.of("WorkerId.1", "W1", "WorkerId.2", "W2",
                "ResponseGroup.1", "Minimal", "ResponseGroup.2", "HITDetail"), params);
    }

    @Test
    void assignmentStatusesAreOneCommaSeparatedValue() {
        WireParameters.enumCommaList(sink, "AssignmentStatus", List.of(AssignmentStatus.APPROVED,
                AssignmentStatus.REJECTED));

        assertEquals(Map.of("AssignmentStatus", "Approved,Rejected"), params);
    }

    @Test
    void anUnknownEnumCannotBeSent() {
        assertThrows(IllegalStateException.class, () -> WireParameters.enumValue(sink, "Status", HitStatus.UNKNOWN));
    }

    @Test
    void aNullListElementIsRefused() {
        assertThrows(NullPointerException.class,
                () -> WireParameters.list(sink, "WorkerId", java.util.Arrays.asList("W1", null)));
    }
}
