package mturk.reactive.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The requester fee rule of the legacy service, used by the simulator to charge and by publishers to estimate a
 * batch's cost. How much the service charges on top of a reward: a commission rate, a higher rate for HITs with 10 or more
 * assignments, and a minimum fee per assignment.
 *
 * @param rate             commission on each reward, e.g. 0.20
 * @param largeHitRate     commission when a HIT has 10 or more assignments, e.g. 0.40
 * @param minimumFee       the smallest fee per assignment, e.g. 0.01
 */
public record FeeSchedule(BigDecimal rate, BigDecimal largeHitRate, BigDecimal minimumFee) {

    /** The 2015 schedule: 20 %, 40 % from 10 assignments per HIT, at least $0.01 per assignment. */
    public static final FeeSchedule STANDARD =
            new FeeSchedule(new BigDecimal("0.20"), new BigDecimal("0.40"), new BigDecimal("0.01"));

    /** Validates that every component is present and not negative. */
    public FeeSchedule {
        for (BigDecimal v : new BigDecimal[] {rate, largeHitRate, minimumFee}) {
            if (Objects.requireNonNull(v, "fee component").signum() < 0) {
                throw new IllegalArgumentException("fee components must be >= 0, was " + v);
            }
        }
    }

    /** The fee on one assignment of a HIT with {@code assignmentsPerHit} assignments, in whole cents; 0 for no reward. */
    public BigDecimal feePerAssignment(BigDecimal reward, int assignmentsPerHit) {
        if (reward.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal r = assignmentsPerHit >= 10 ? largeHitRate : rate;
        BigDecimal fee = reward.multiply(r).setScale(2, RoundingMode.HALF_UP);
        return fee.max(minimumFee).setScale(2, RoundingMode.HALF_UP);
    }

    /** The fee on a bonus: the base rate, at least the minimum; 0 for no bonus. */
    public BigDecimal bonusFee(BigDecimal bonus) {
        if (bonus.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return bonus.multiply(rate).setScale(2, RoundingMode.HALF_UP).max(minimumFee).setScale(2, RoundingMode.HALF_UP);
    }

    /** The most a batch can cost: every assignment of every HIT approved, reward plus fee. */
    public BigDecimal batchCost(BigDecimal reward, int assignmentsPerHit, long hits) {
        BigDecimal perAssignment = reward.add(feePerAssignment(reward, assignmentsPerHit));
        return perAssignment.multiply(BigDecimal.valueOf(assignmentsPerHit)).multiply(BigDecimal.valueOf(hits));
    }
}
