package mturk.reactive.samples.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * What the demo publishes and pays.
 *
 * @param hits              HITs to publish
 * @param assignmentsPerHit workers per HIT (the majority rule needs 3 or more to mean something)
 * @param concurrency       CreateHIT calls in flight
 * @param reward            per assignment, USD
 * @param bonus             per bonus winner, USD
 * @param bonusWinners      how many workers get a bonus
 * @param poll              pause between GetReviewableHITs sweeps
 * @param timeout           give up waiting for workers after this long
 * @param seed              seeds the sentences and the request tokens
 */
public record DemoSettings(int hits, int assignmentsPerHit, int concurrency, BigDecimal reward, BigDecimal bonus,
                           int bonusWinners, Duration poll, Duration timeout, long seed) {

    /** 500 HITs x 3 assignments at $0.05, 16 in flight, $0.50 bonus to the best 3. */
    public static final DemoSettings DEFAULTS = new DemoSettings(500, 3, 16, new BigDecimal("0.05"),
            new BigDecimal("0.50"), 3, Duration.ofMillis(200), Duration.ofMinutes(10), 42);

    /** Validates the counts. */
    public DemoSettings {
        if (hits < 1 || assignmentsPerHit < 1 || concurrency < 1 || bonusWinners < 0) {
            throw new IllegalArgumentException("hits, assignmentsPerHit and concurrency must be >= 1 and "
                    + "bonusWinners >= 0, were " + hits + ", " + assignmentsPerHit + ", " + concurrency + ", "
                    + bonusWinners);
        }
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(bonus, "bonus");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** A copy with another number of HITs. */
    public DemoSettings withHits(int count) {
        return new DemoSettings(count, assignmentsPerHit, concurrency, reward, bonus, bonusWinners, poll, timeout, seed);
    }
}
