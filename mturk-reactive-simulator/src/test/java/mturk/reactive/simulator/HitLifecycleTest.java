package mturk.reactive.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HIT and assignment life cycles, balance charges, and the state errors of each operation. */
class HitLifecycleTest {
    MTurkSimulator sim;
    Wire wire;
    String worker1;
    String worker2;

    @BeforeEach
    void start() {
        sim = MTurkSimulator.builder().manualClock(Instant.parse("2020-01-01T00:00:00Z")).start();
        wire = new Wire(sim);
        worker1 = sim.workers().list().get(0).id();
        worker2 = sim.workers().list().get(2).id();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String status(String hitId) {
        return wire.call("GetHIT", "HITId", hitId).x("//HIT/HITStatus");
    }

    @Test
    void hitGoesAssignableUnassignableReviewableAsWorkersAcceptAndSubmit() {
        String hit = wire.newHit("MaxAssignments", "2");
        assertEquals("Assignable", status(hit));
        String a1 = sim.workers().accept(worker1, hit);
        assertEquals("Assignable", status(hit));
        String a2 = sim.workers().accept(worker2, hit);
        assertEquals("Unassignable", status(hit));
        sim.workers().submit(a1);
        assertEquals("Unassignable", status(hit));
        sim.workers().submit(a2);
        assertEquals("Reviewable", status(hit));
        Wire.Reply list = wire.call("GetAssignmentsForHIT", "HITId", hit);
        assertEquals("2", list.x("//TotalNumResults"));
        assertEquals("Submitted", list.x("//Assignment[1]/AssignmentStatus"));
        assertTrue(list.x("//Assignment[1]/Answer").contains("<QuestionIdentifier>q1</QuestionIdentifier>"));
    }

    @Test
    void acceptedButUnsubmittedAssignmentsAreNotListed() {
        String hit = wire.newHit();
        sim.workers().accept(worker1, hit);
        assertEquals("0", wire.call("GetAssignmentsForHIT", "HITId", hit).x("//TotalNumResults"));
    }

    @Test
    void approvingChargesRewardPlusTwentyPercentFee() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        Wire.Reply r = wire.call("ApproveAssignment", "AssignmentId", a, "RequesterFeedback", "thanks");
        assertTrue(r.valid(), r.body());
        assertEquals(new BigDecimal("9999.40"), sim.balance());
        Wire.Reply got = wire.call("GetAssignment", "AssignmentId", a, "ResponseGroup", "AssignmentFeedback");
        assertEquals("Approved", got.x("//Assignment/AssignmentStatus"));
        assertEquals("thanks", got.x("//Assignment/RequesterFeedback"));
        assertEquals(hit, got.x("/GetAssignmentResponse/GetAssignmentResult/HIT/HITId"));
    }

    @Test
    void approvingTwiceIsInvalidAssignmentState() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        wire.call("ApproveAssignment", "AssignmentId", a);
        assertEquals("AWS.MechanicalTurk.InvalidAssignmentState",
                wire.call("ApproveAssignment", "AssignmentId", a).errorCode());
    }

    @Test
    void rejectedAssignmentCanBeApprovedLaterAndIsThenCharged() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        assertTrue(wire.call("RejectAssignment", "AssignmentId", a).valid());
        assertEquals(new BigDecimal("10000.00"), sim.balance());
        assertEquals("AWS.MechanicalTurk.InvalidAssignmentState",
                wire.call("RejectAssignment", "AssignmentId", a).errorCode());
        assertTrue(wire.call("ApproveRejectedAssignment", "AssignmentId", a).valid());
        assertEquals("Approved", wire.call("GetAssignment", "AssignmentId", a).x("//Assignment/AssignmentStatus"));
        assertEquals(new BigDecimal("9999.40"), sim.balance());
    }

    @Test
    void approveRejectedOfApprovedAssignmentIsInvalidState() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        wire.call("ApproveAssignment", "AssignmentId", a);
        assertEquals("AWS.MechanicalTurk.InvalidAssignmentState",
                wire.call("ApproveRejectedAssignment", "AssignmentId", a).errorCode());
    }

    @Test
    void submittedAssignmentIsAutoApprovedWhenTheDelayPasses() {
        String hit = wire.newHit("AutoApprovalDelayInSeconds", "3600");
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        sim.clock().advance(Duration.ofMinutes(59));
        assertEquals("Submitted", wire.call("GetAssignment", "AssignmentId", a).x("//Assignment/AssignmentStatus"));
        sim.clock().advance(Duration.ofMinutes(1));
        Wire.Reply r = wire.call("GetAssignment", "AssignmentId", a);
        assertEquals("Approved", r.x("//Assignment/AssignmentStatus"));
        assertEquals("2020-01-01T01:00:00Z", r.x("//Assignment/ApprovalTime"));
    }

    @Test
    void unworkedHitBecomesReviewableAtExpiry() {
        String hit = wire.newHit("LifetimeInSeconds", "60");
        sim.clock().advance(Duration.ofSeconds(59));
        assertEquals("Assignable", status(hit));
        sim.clock().advance(Duration.ofSeconds(1));
        assertEquals("Reviewable", status(hit));
    }

    @Test
    void assignmentPastItsDurationIsAbandonedAndFreesTheSlot() {
        String hit = wire.newHit();
        sim.workers().accept(worker1, hit);
        assertEquals("Unassignable", status(hit));
        sim.clock().advance(Duration.ofSeconds(600));
        assertEquals("Assignable", status(hit));
        assertEquals("1", wire.call("GetRequesterStatistic", "Statistic", "NumberAssignmentsAbandoned",
                "TimePeriod", "LifeToDate").x("//DataPoint/LongValue"));
    }

    @Test
    void returnedAssignmentFreesTheSlot() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().returnAssignment(a);
        assertEquals("Assignable", status(hit));
    }

    @Test
    void forceExpireMakesAnUnworkedHitReviewableAndTwiceIsInvalidState() {
        String hit = wire.newHit();
        assertTrue(wire.call("ForceExpireHIT", "HITId", hit).valid());
        assertEquals("Reviewable", status(hit));
        assertEquals("AWS.MechanicalTurk.InvalidHITState", wire.call("ForceExpireHIT", "HITId", hit).errorCode());
    }

    @Test
    void forceExpiredHitWithPendingWorkStaysUnassignableUntilSubmitted() {
        String hit = wire.newHit("MaxAssignments", "3");
        String a = sim.workers().accept(worker1, hit);
        wire.call("ForceExpireHIT", "HITId", hit);
        assertEquals("Unassignable", status(hit));
        sim.workers().submit(a);
        assertEquals("Reviewable", status(hit));
    }

    @Test
    void extendHitMovesExpirationAndAddsAssignments() {
        String hit = wire.newHit("MaxAssignments", "2");
        assertTrue(wire.call("ExtendHIT", "HITId", hit, "ExpirationIncrementInSeconds", "3600",
                "MaxAssignmentsIncrement", "3").valid());
        Wire.Reply r = wire.call("GetHIT", "HITId", hit);
        assertEquals("2020-01-01T02:00:00Z", r.x("//HIT/Expiration"));
        assertEquals("5", r.x("//HIT/MaxAssignments"));
    }

    @Test
    void extendingExpiredHitCountsFromNow() {
        String hit = wire.newHit();
        wire.call("ForceExpireHIT", "HITId", hit);
        sim.clock().advance(Duration.ofHours(5));
        wire.call("ExtendHIT", "HITId", hit, "ExpirationIncrementInSeconds", "3600");
        Wire.Reply r = wire.call("GetHIT", "HITId", hit);
        assertEquals("2020-01-01T06:00:00Z", r.x("//HIT/Expiration"));
        assertEquals("Assignable", r.x("//HIT/HITStatus"));
    }

    @Test
    void extendingBelowTenToTenOrMoreIsRefused() {
        String hit = wire.newHit("MaxAssignments", "9");
        assertEquals("AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease",
                wire.call("ExtendHIT", "HITId", hit, "MaxAssignmentsIncrement", "1").errorCode());
    }

    @Test
    void extendIncrementBelowOneHourIsOutOfRange() {
        String hit = wire.newHit();
        assertEquals("AWS.ParameterOutOfRange",
                wire.call("ExtendHIT", "HITId", hit, "ExpirationIncrementInSeconds", "60").errorCode());
    }

    @Test
    void setHitAsReviewingAndRevert() {
        String hit = wire.newHit();
        assertEquals("AWS.MechanicalTurk.InvalidHITState", wire.call("SetHITAsReviewing", "HITId", hit).errorCode());
        wire.call("ForceExpireHIT", "HITId", hit);
        assertTrue(wire.call("SetHITAsReviewing", "HITId", hit).valid());
        assertEquals("Reviewing", status(hit));
        assertEquals("1", wire.call("GetReviewableHITs", "Status", "Reviewing").x("//TotalNumResults"));
        assertTrue(wire.call("SetHITAsReviewing", "HITId", hit, "Revert", "True").valid());
        assertEquals("Reviewable", status(hit));
    }

    @Test
    void disposeNeedsReviewableHitWithEveryAssignmentDecided() {
        String hit = wire.newHit();
        assertEquals("AWS.MechanicalTurk.InvalidHITState", wire.call("DisposeHIT", "HITId", hit).errorCode());
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        assertEquals("AWS.MechanicalTurk.InvalidHITState", wire.call("DisposeHIT", "HITId", hit).errorCode());
        wire.call("ApproveAssignment", "AssignmentId", a);
        assertTrue(wire.call("DisposeHIT", "HITId", hit).valid());
        assertEquals("0", wire.call("SearchHITs").x("//TotalNumResults"));
        assertEquals("Disposed", status(hit));
    }

    @Test
    void disableHitApprovesSubmittedWorkAndIsRefusedOnReviewableHits() {
        String hit = wire.newHit("MaxAssignments", "2");
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        assertTrue(wire.call("DisableHIT", "HITId", hit).valid());
        assertEquals(new BigDecimal("9999.40"), sim.balance());
        String other = wire.newHit();
        wire.call("ForceExpireHIT", "HITId", other);
        assertEquals("AWS.MechanicalTurk.InvalidHITState", wire.call("DisableHIT", "HITId", other).errorCode());
    }

    @Test
    void unknownHitIsHitDoesNotExist() {
        Wire.Reply r = wire.call("DisableHIT", "HITId", "foo");
        assertEquals("AWS.MechanicalTurk.HITDoesNotExist", r.x("/DisableHITResponse/DisableHITResult/Request/Errors/Error/Code"));
    }

    @Test
    void registerHitTypeReturnsSameIdForSameProperties() {
        String[] p = {"Title", "T", "Description", "D", "Reward.1.Amount", "0.10", "Reward.1.CurrencyCode", "USD",
            "AssignmentDurationInSeconds", "60", "Keywords", "a, b"};
        String first = wire.call("RegisterHITType", p).x("//HITTypeId");
        assertEquals(first, wire.call("RegisterHITType", p).x("//HITTypeId"));
        String[] q = p.clone();
        q[5] = "0.11";
        assertTrue(!first.equals(wire.call("RegisterHITType", q).x("//HITTypeId")));
    }

    @Test
    void createHitWithTypeTakesTheTypesProperties() {
        String type = wire.call("RegisterHITType", "Title", "Typed", "Description", "D", "Reward.1.Amount", "0.07",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60").x("//HITTypeId");
        Wire.Reply r = wire.call("CreateHIT", "HITTypeId", type, "LifetimeInSeconds", "600", "Question",
                Wire.FREE_TEXT_FORM, "ResponseGroup.1", "Minimal", "ResponseGroup.2", "HITDetail");
        assertEquals("Typed", r.x("//HIT/Title"));
        assertEquals("0.07", r.x("//HIT/Reward/Amount"));
        assertEquals(type, r.x("//HIT/HITTypeId"));
    }

    @Test
    void changeHitTypeOfHitSwitchesProperties() {
        String hit = wire.newHit();
        String type = wire.call("RegisterHITType", "Title", "Other", "Description", "D", "Reward.1.Amount", "0.50",
                "Reward.1.CurrencyCode", "USD", "AssignmentDurationInSeconds", "60").x("//HITTypeId");
        assertTrue(wire.call("ChangeHITTypeOfHIT", "HITId", hit, "HITTypeId", type).valid());
        assertEquals("Other", wire.call("GetHIT", "HITId", hit).x("//HIT/Title"));
    }

    @Test
    void createHitValidatesDocumentedLimits() {
        assertEquals("AWS.ParameterOutOfRange", wire.createHit("MaxAssignments", "-1").errorCode());
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue", wire.createHit("MaxAssignments", "green")
                .errorCode());
        assertEquals("AWS.ParameterOutOfRange", wire.createHit("LifetimeInSeconds", "29").errorCode());
        assertEquals("AWS.MechanicalTurk.InvalidParameterValue", wire.createHit("Title", "x".repeat(129))
                .errorCode());
        assertEquals("AWS.MechanicalTurk.XMLParseError", wire.createHit("Question", "who what?").errorCode());
        assertEquals("AWS.MissingParameters", wire.call("CreateHIT").errorCode());
    }

    @Test
    void createHitBeyondTheBalanceIsInsufficientFunds() {
        assertEquals("AWS.MechanicalTurk.InsufficientFunds", wire.createHit("Reward.1.Amount", "1000.00",
                "MaxAssignments", "9").errorCode());
    }

    @Test
    void bonusIsChargedWithItsFeeAndListed() {
        String hit = wire.newHit();
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        assertTrue(wire.call("GrantBonus", "WorkerId", worker1, "AssignmentId", a, "BonusAmount.1.Amount", "1.00",
                "BonusAmount.1.CurrencyCode", "USD", "Reason", "great").valid());
        assertEquals(new BigDecimal("9998.80"), sim.balance());
        Wire.Reply r = wire.call("GetBonusPayments", "HITId", hit);
        assertEquals("1", r.x("//TotalNumResults"));
        assertEquals("1.00", r.x("//BonusPayment/BonusAmount/Amount"));
        assertEquals("great", r.x("//BonusPayment/Reason"));
    }

    @Test
    void feeIsFortyPercentForTenOrMoreAssignmentsAndAtLeastOneCent() {
        String hit = wire.newHit("MaxAssignments", "10", "Reward.1.Amount", "0.01");
        String a = sim.workers().accept(worker1, hit);
        sim.workers().submit(a);
        wire.call("ApproveAssignment", "AssignmentId", a);
        assertEquals(new BigDecimal("9999.98"), sim.balance());
        String big = wire.newHit("MaxAssignments", "10", "Reward.1.Amount", "1.00");
        String b = sim.workers().accept(worker1, big);
        sim.workers().submit(b);
        wire.call("ApproveAssignment", "AssignmentId", b);
        assertEquals(new BigDecimal("9998.58"), sim.balance());
    }
}
