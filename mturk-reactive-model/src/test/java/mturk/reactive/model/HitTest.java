package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class HitTest {

    private static final Instant EXPIRATION = Instant.parse("2014-08-15T12:00:00Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Hit expiringAt(Instant expiration) {
        return Hit.builder().hitId("H1").expiration(expiration).build();
    }

    @Test
    void isNotExpiredBeforeItsExpiration() {
        assertFalse(expiringAt(EXPIRATION).isExpired(at(EXPIRATION.minusSeconds(1))));
    }

    @Test
    void isExpiredAtItsExpiration() {
        assertTrue(expiringAt(EXPIRATION).isExpired(at(EXPIRATION)));
    }

    @Test
    void isExpiredAfterItsExpiration() {
        assertTrue(expiringAt(EXPIRATION).isExpired(at(EXPIRATION.plusMillis(1))));
    }

    @Test
    void isNotExpiredWhenTheResponseCarriedNoExpiration() {
        assertFalse(expiringAt(null).isExpired(at(EXPIRATION)));
    }

    @Test
    void keywordListSplitsAtCommasAndTrims() {
        Hit hit = Hit.builder().keywords("boto, test ,,doctest").build();

        assertEquals(List.of("boto", "test", "doctest"), hit.keywordList());
    }

    @Test
    void keywordListIsEmptyWithoutKeywords() {
        assertEquals(List.of(), Hit.builder().build().keywordList());
    }

    @Test
    void builderSetsEveryField() {
        QualificationRequirement adult = Requirements.adult();
        Hit hit = Hit.builder().hitId("H").hitTypeId("T").hitGroupId("G").hitLayoutId("L")
                .creationTime(Instant.EPOCH).title("t").description("d").question("<q/>").keywords("k")
                .hitStatus(HitStatus.ASSIGNABLE).maxAssignments(3).reward(Price.usd("0.25"))
                .autoApprovalDelay(Duration.ofDays(1)).expiration(EXPIRATION).assignmentDuration(Duration.ofMinutes(5))
                .requesterAnnotation("a").qualificationRequirement(adult).hitReviewStatus(HitReviewStatus.NOT_REVIEWED)
                .numberOfAssignmentsPending(1).numberOfAssignmentsAvailable(2).numberOfAssignmentsCompleted(0)
                .build();

        assertEquals(new Hit("H", "T", "G", "L", Instant.EPOCH, "t", "d", "<q/>", "k", HitStatus.ASSIGNABLE,
                "Assignable", 3, Price.usd("0.25"), Duration.ofDays(1), EXPIRATION, Duration.ofMinutes(5), "a",
                List.of(adult), HitReviewStatus.NOT_REVIEWED, "NotReviewed", 1, 2, 0), hit);
    }

    @Test
    void toBuilderRoundTrips() {
        Hit hit = Hit.builder().hitId("H").hitStatusWire("Brand-new").qualificationRequirement(Requirements.adult())
                .build();

        assertEquals(hit, hit.toBuilder().build());
    }

    @Test
    void requirementsListIsImmutable() {
        Hit hit = Hit.builder().qualificationRequirement(Requirements.adult()).build();

        assertThrows(UnsupportedOperationException.class, () -> hit.qualificationRequirements().clear());
    }
}
