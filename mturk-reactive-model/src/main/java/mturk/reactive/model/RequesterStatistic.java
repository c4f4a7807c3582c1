package mturk.reactive.model;

import java.util.Map;

/**
 * A statistic of {@code GetRequesterStatistic} ({@code Statistic}); the twelve marked {@link #isWorkerStatistic()}
 * are also accepted by {@code GetRequesterWorkerStatistic}.
 *
 * <p>The documentation types {@code Number*} statistics as long values and the others ({@code Percent*} as a 0..1
 * fraction, {@code Total*}, {@code Average*}, {@code Estimated*}) as doubles, but its own sample returns a
 * {@code DoubleValue} for a {@code Number*} statistic: a {@link DataPoint} therefore accepts either.
 * {@code NumberHITsAssignable} is only valid with {@link TimePeriod#LIFE_TO_DATE}.
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum RequesterStatistic implements WireEnum {
    /** {@code NumberHITsAssignable}. */
    NUMBER_HITS_ASSIGNABLE("NumberHITsAssignable", false),
    /** {@code NumberHITsReviewable}. */
    NUMBER_HITS_REVIEWABLE("NumberHITsReviewable", false),
    /** {@code NumberHITsCreated}. */
    NUMBER_HITS_CREATED("NumberHITsCreated", false),
    /** {@code NumberHITsCompleted}. */
    NUMBER_HITS_COMPLETED("NumberHITsCompleted", false),
    /** {@code TotalRewardPayout}. */
    TOTAL_REWARD_PAYOUT("TotalRewardPayout", false),
    /** {@code TotalRewardFeePayout}. */
    TOTAL_REWARD_FEE_PAYOUT("TotalRewardFeePayout", false),
    /** {@code TotalFeePayout}. */
    TOTAL_FEE_PAYOUT("TotalFeePayout", false),
    /** {@code TotalRewardAndFeePayout}. */
    TOTAL_REWARD_AND_FEE_PAYOUT("TotalRewardAndFeePayout", false),
    /** {@code TotalBonusPayout}. */
    TOTAL_BONUS_PAYOUT("TotalBonusPayout", false),
    /** {@code TotalBonusFeePayout}. */
    TOTAL_BONUS_FEE_PAYOUT("TotalBonusFeePayout", false),
    /** {@code EstimatedFeeLiability}. */
    ESTIMATED_FEE_LIABILITY("EstimatedFeeLiability", false),
    /** {@code EstimatedRewardLiability}. */
    ESTIMATED_REWARD_LIABILITY("EstimatedRewardLiability", false),
    /** {@code EstimatedTotalLiability}. */
    ESTIMATED_TOTAL_LIABILITY("EstimatedTotalLiability", false),
    /** {@code NumberAssignmentsAvailable}. */
    NUMBER_ASSIGNMENTS_AVAILABLE("NumberAssignmentsAvailable", false),
    /** {@code NumberAssignmentsAccepted}. */
    NUMBER_ASSIGNMENTS_ACCEPTED("NumberAssignmentsAccepted", false),
    /** {@code NumberAssignmentsPending}. */
    NUMBER_ASSIGNMENTS_PENDING("NumberAssignmentsPending", false),
    /** {@code NumberAssignmentsApproved} (also a worker statistic). */
    NUMBER_ASSIGNMENTS_APPROVED("NumberAssignmentsApproved", true),
    /** {@code NumberAssignmentsRejected} (also a worker statistic). */
    NUMBER_ASSIGNMENTS_REJECTED("NumberAssignmentsRejected", true),
    /** {@code NumberAssignmentsReturned}. */
    NUMBER_ASSIGNMENTS_RETURNED("NumberAssignmentsReturned", false),
    /** {@code NumberAssignmentsAbandoned}. */
    NUMBER_ASSIGNMENTS_ABANDONED("NumberAssignmentsAbandoned", false),
    /** {@code AverageRewardAmount}. */
    AVERAGE_REWARD_AMOUNT("AverageRewardAmount", false),
    /** {@code PercentAssignmentsApproved} (also a worker statistic). */
    PERCENT_ASSIGNMENTS_APPROVED("PercentAssignmentsApproved", true),
    /** {@code PercentAssignmentsRejected} (also a worker statistic). */
    PERCENT_ASSIGNMENTS_REJECTED("PercentAssignmentsRejected", true),
    /** {@code NumberKnownAnswersCorrect} (also a worker statistic). */
    NUMBER_KNOWN_ANSWERS_CORRECT("NumberKnownAnswersCorrect", true),
    /** {@code NumberKnownAnswersIncorrect} (also a worker statistic). */
    NUMBER_KNOWN_ANSWERS_INCORRECT("NumberKnownAnswersIncorrect", true),
    /** {@code NumberKnownAnswersEvaluated} (also a worker statistic). */
    NUMBER_KNOWN_ANSWERS_EVALUATED("NumberKnownAnswersEvaluated", true),
    /** {@code PercentKnownAnswersCorrect} (also a worker statistic). */
    PERCENT_KNOWN_ANSWERS_CORRECT("PercentKnownAnswersCorrect", true),
    /** {@code NumberPluralityAnswersCorrect} (also a worker statistic). */
    NUMBER_PLURALITY_ANSWERS_CORRECT("NumberPluralityAnswersCorrect", true),
    /** {@code NumberPluralityAnswersIncorrect} (also a worker statistic). */
    NUMBER_PLURALITY_ANSWERS_INCORRECT("NumberPluralityAnswersIncorrect", true),
    /** {@code NumberPluralityAnswersEvaluated} (also a worker statistic). */
    NUMBER_PLURALITY_ANSWERS_EVALUATED("NumberPluralityAnswersEvaluated", true),
    /** {@code PercentPluralityAnswersCorrect} (also a worker statistic). */
    PERCENT_PLURALITY_ANSWERS_CORRECT("PercentPluralityAnswersCorrect", true),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null, false);

    private static final Map<String, RequesterStatistic> BY_WIRE = WireEnums.index(values());

    private final String wireValue;
    private final boolean workerStatistic;

    RequesterStatistic(String wireValue, boolean workerStatistic) {
        this.wireValue = wireValue;
        this.workerStatistic = workerStatistic;
    }

    /**
     * The exact wire spelling of this constant.
     *
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no spelling of its own
     */
    @Override
    public String wireValue() {
        return WireEnums.requireWireValue(this, wireValue);
    }

    /**
     * Whether {@code GetRequesterWorkerStatistic} accepts this statistic.
     *
     * @return true for the twelve worker-level statistics
     */
    public boolean isWorkerStatistic() {
        return workerStatistic;
    }

    /**
     * Whether the documentation types this statistic as a count (a {@code LongValue}).
     *
     * @return true for the {@code Number*} statistics
     */
    public boolean isCount() {
        return isKnown() && wireValue.startsWith("Number");
    }

    /**
     * Reads a wire value leniently: matching ignores case and surrounding white space, and an unrecognised value
     * gives {@link #UNKNOWN} instead of failing.
     *
     * @param wire the wire string; not null
     * @return the matching constant, or {@link #UNKNOWN}
     * @throws NullPointerException if {@code wire} is null
     */
    public static RequesterStatistic fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
