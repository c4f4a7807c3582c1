package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnknownWireValueTest {

    @Test
    void hitKeepsAnUnknownStatusAsTheRawString() {
        Hit hit = Hit.builder().hitId("H1").hitStatusWire("Archived").build();

        assertSame(HitStatus.UNKNOWN, hit.hitStatus());
        assertEquals("Archived", hit.hitStatusWire());
    }

    @Test
    void hitReadFromAKnownRawStringGetsTheEnum() {
        Hit hit = Hit.builder().hitStatusWire("Reviewable").hitReviewStatusWire("MarkedForReview").build();

        assertSame(HitStatus.REVIEWABLE, hit.hitStatus());
        assertSame(HitReviewStatus.MARKED_FOR_REVIEW, hit.hitReviewStatus());
    }

    @Test
    void hitBuiltFromTheEnumGetsTheWireSpelling() {
        Hit hit = Hit.builder().hitStatus(HitStatus.ASSIGNABLE).build();

        assertEquals("Assignable", hit.hitStatusWire());
    }

    @Test
    void anUnknownEnumWithoutItsRawStringIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hit.builder().hitStatus(HitStatus.UNKNOWN).build());
        assertTrue(e.getMessage().contains("hitStatus"), e.getMessage());
    }

    @Test
    void disagreeingHalvesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Qualification("QT", "W", null, 1, null,
                QualificationStatus.GRANTED, "Revoked"));
    }

    @Test
    void absentStatusStaysAbsent() {
        Hit hit = Hit.builder().hitId("H1").build();

        assertEquals(null, hit.hitStatus());
        assertEquals(null, hit.hitStatusWire());
    }

    @Test
    void assignmentKeepsAnUnknownStatus() {
        Assignment assignment = Assignment.builder().assignmentStatusWire("Escalated").build();

        assertSame(AssignmentStatus.UNKNOWN, assignment.assignmentStatus());
        assertEquals("Escalated", assignment.assignmentStatusWire());
    }

    @Test
    void requirementWithAnUnknownComparatorKeepsItAndPassesRequestValidation() {
        QualificationRequirement requirement = new QualificationRequirement("QT", null, "Matches",
                List.of(1, 2), List.of(), false);

        assertSame(Comparator.UNKNOWN, requirement.comparator());
        assertEquals("Matches", requirement.comparatorWire());
        assertSame(requirement, requirement.validateForRequest());
    }

    @Test
    void notificationEventKeepsAnUnknownEventType() {
        NotificationEvent event = new NotificationEvent(null, "HITReviewed", Instant.EPOCH, "T", "H", null);

        assertSame(EventType.UNKNOWN, event.eventType());
        assertEquals("HITReviewed", event.eventTypeWire());
    }

    @Test
    void statisticResultKeepsUnknownStatisticAndPeriod() {
        StatisticResult result = StatisticResult.builder().statisticWire("NumberHITsBrandNew")
                .timePeriodWire("NinetyDays").build();

        assertSame(RequesterStatistic.UNKNOWN, result.statistic());
        assertEquals("NumberHITsBrandNew", result.statisticWire());
        assertSame(TimePeriod.UNKNOWN, result.timePeriod());
        assertEquals("NinetyDays", result.timePeriodWire());
    }

    @Test
    void reviewActionKeepsTheDocumentationsSpellingWhileReadingTheEnum() {
        ReviewAction action = ReviewAction.builder().statusWire("SUCCEEDED").build();

        assertSame(ReviewActionStatus.SUCCEEDED, action.status());
        assertEquals("SUCCEEDED", action.statusWire());
    }
}
