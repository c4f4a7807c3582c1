package mturk.reactive.samples.demo;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the demo did.
 *
 * @param hitTypeId      the HIT type
 * @param hits           HITs published
 * @param assignments    assignments received and reviewed
 * @param approved       approved
 * @param rejected       rejected
 * @param bonuses        bonuses paid
 * @param bonusTotal     their sum, USD, before fees
 * @param balanceBefore  available balance before, USD
 * @param balanceAfter   available balance after, USD
 * @param wallTime       from the first call to the last
 * @param agreement      share of reviewed HITs whose majority label is the label the sentence was written with
 * @param timedOut       whether the demo stopped waiting for workers before every HIT was reviewed
 */
public record DemoSummary(String hitTypeId, long hits, long assignments, long approved, long rejected, long bonuses,
                          BigDecimal bonusTotal, BigDecimal balanceBefore, BigDecimal balanceAfter, Duration wallTime,
                          double agreement, boolean timedOut) {

    /** Money spent: the balance before minus the balance after. */
    public BigDecimal spent() {
        return balanceBefore.subtract(balanceAfter);
    }

    /** HITs plus assignments handled per second of wall time. */
    public double recordsPerSecond() {
        double seconds = Math.max(wallTime.toNanos(), 1) / 1e9;
        return (hits + assignments) / seconds;
    }
}
