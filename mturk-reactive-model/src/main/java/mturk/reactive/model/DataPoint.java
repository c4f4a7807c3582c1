package mturk.reactive.model;

/**
 * One value of a requester statistic ({@code DataPoint}). The service sends either a {@code LongValue} or a
 * {@code DoubleValue}, and not always the one the documentation names for the statistic, so both are kept.
 *
 * @param date        the day (or period) the value belongs to; nullable
 * @param longValue   the value when sent as {@code LongValue}, else null
 * @param doubleValue the value when sent as {@code DoubleValue}, else null
 */
public record DataPoint(java.time.Instant date, Long longValue, Double doubleValue) {

    /**
     * The value as a double, whichever element carried it.
     *
     * @return the value, or null when the data point has none
     */
    public Double value() {
        return longValue != null ? Double.valueOf(longValue) : doubleValue;
    }
}
