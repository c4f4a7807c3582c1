package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fee rule the simulator charges (the legacy MTurk commission as of 2015):
 * <ul>
 *   <li>reward commission: 20% of the reward per approved assignment, 40% (20% + 20%) when the HIT has 10 or more
 *       assignments (MaxAssignments &ge; 10), at least $0.01 per assignment when the reward is not zero;</li>
 *   <li>bonus commission: 20% of the bonus, at least $0.01;</li>
 *   <li>amounts are rounded half-up to the cent.</li>
 * </ul>
 */
public final class Fees {
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal BASE = new BigDecimal("0.20");
    private static final BigDecimal LARGE = new BigDecimal("0.40");

    private Fees() {
    }

    /** Commission on one assignment's reward for a HIT with {@code maxAssignments}. */
    public static BigDecimal rewardFee(BigDecimal reward, int maxAssignments) {
        if (reward.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal fee = reward.multiply(maxAssignments >= 10 ? LARGE : BASE).setScale(2, RoundingMode.HALF_UP);
        return fee.max(CENT);
    }

    /** Commission on a bonus. */
    public static BigDecimal bonusFee(BigDecimal bonus) {
        if (bonus.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return bonus.multiply(BASE).setScale(2, RoundingMode.HALF_UP).max(CENT);
    }
}
