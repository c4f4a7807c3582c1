package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import mturk.reactive.model.FeeSchedule;

/**
 * The fee rule the simulator charges (the legacy MTurk commission as of 2015):
 * <ul>
 *   <li>reward commission: 20% of the reward per approved assignment, 40% (20% + 20%) when the HIT has 10 or more
 *       assignments (MaxAssignments &ge; 10), at least $0.01 per assignment when the reward is not zero;</li>
 *   <li>bonus commission: 20% of the bonus, at least $0.01;</li>
 *   <li>amounts are rounded half-up to the cent.</li>
 * </ul>
 * The rule itself is the model's {@link FeeSchedule#STANDARD}, which publishers also use to estimate a batch's cost.
 */
public final class Fees {

    private Fees() {
    }

    /** Commission on one assignment's reward for a HIT with {@code maxAssignments}. */
    public static BigDecimal rewardFee(BigDecimal reward, int maxAssignments) {
        return FeeSchedule.STANDARD.feePerAssignment(reward, maxAssignments);
    }

    /** Commission on a bonus. */
    public static BigDecimal bonusFee(BigDecimal bonus) {
        return FeeSchedule.STANDARD.bonusFee(bonus);
    }
}
