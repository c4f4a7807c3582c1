package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    @Test
    void chargesTwentyPercentBelowTenAssignments() {
        assertEquals(new BigDecimal("0.10"), FeeSchedule.STANDARD.feePerAssignment(new BigDecimal("0.50"), 9));
    }

    @Test
    void chargesFortyPercentFromTenAssignments() {
        assertEquals(new BigDecimal("0.20"), FeeSchedule.STANDARD.feePerAssignment(new BigDecimal("0.50"), 10));
    }

    @Test
    void chargesAtLeastTheMinimumFee() {
        assertEquals(new BigDecimal("0.01"), FeeSchedule.STANDARD.feePerAssignment(new BigDecimal("0.02"), 1));
    }

    @Test
    void aBatchCostsRewardPlusFeeForEveryAssignment() {
        // 0.05 + 0.01 per assignment, 3 assignments, 500 HITs
        assertEquals(new BigDecimal("90.00"), FeeSchedule.STANDARD.batchCost(new BigDecimal("0.05"), 3, 500));
    }
}
