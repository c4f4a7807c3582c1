package mturk.reactive.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code GetRequesterStatistic} or {@code GetRequesterWorkerStatistic} ({@code GetStatisticResult}):
 * the statistic, its period and one data point per day (or one for the whole period).
 *
 * @param statistic the statistic ({@code Statistic}); filled from {@code statisticWire} when null
 * @param statisticWire the exact wire string of {@code statistic}; filled from {@code statistic} when null
 * @param timePeriod the time period; filled from {@code timePeriodWire} when null
 * @param timePeriodWire the exact wire string of {@code timePeriod}; filled from {@code timePeriod} when null
 * @param workerId the worker, for a worker statistic; null otherwise
 * @param dataPoints the data points, in response order
 */
public record StatisticResult(RequesterStatistic statistic,
                              String statisticWire,
                              TimePeriod timePeriod,
                              String timePeriodWire,
                              String workerId,
                              List<DataPoint> dataPoints) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param statistic the statistic ({@code Statistic}); filled from {@code statisticWire} when null
     * @param statisticWire the exact wire string of {@code statistic}; filled from {@code statistic} when null
     * @param timePeriod the time period; filled from {@code timePeriodWire} when null
     * @param timePeriodWire the exact wire string of {@code timePeriod}; filled from {@code timePeriod} when null
     * @param workerId the worker, for a worker statistic; null otherwise
     * @param dataPoints the data points, in response order
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public StatisticResult {
        statistic = WireEnums.resolve(statistic, statisticWire, RequesterStatistic::fromWire);
        statisticWire = WireEnums.wire("statistic", statistic, statisticWire, RequesterStatistic::fromWire);
        timePeriod = WireEnums.resolve(timePeriod, timePeriodWire, TimePeriod::fromWire);
        timePeriodWire = WireEnums.wire("timePeriod", timePeriod, timePeriodWire, TimePeriod::fromWire);
        dataPoints = dataPoints == null ? List.of()
                : List.copyOf(Limits.noNullElements("dataPoints", dataPoints));
    }

    /**
     * A builder with every field unset (null, empty lists).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a modified copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statistic = statistic;
        b.statisticWire = statisticWire;
        b.timePeriod = timePeriod;
        b.timePeriodWire = timePeriodWire;
        b.workerId = workerId;
        b.dataPoints.addAll(dataPoints);
        return b;
    }

    /** Builder of {@link StatisticResult}; each setter is named after the record component it sets. */
    public static final class Builder {
        private RequesterStatistic statistic;
        private String statisticWire;
        private TimePeriod timePeriod;
        private String timePeriodWire;
        private String workerId;
        private final ArrayList<DataPoint> dataPoints = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code statistic}: the statistic ({@code Statistic}); clears {@code statisticWire}.
         *
         * @param statistic the value
         * @return this builder
         */
        public Builder statistic(RequesterStatistic statistic) {
            this.statistic = statistic;
            this.statisticWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code statistic}, as read from a response; clears the enum, which the record
         * derives with {@code RequesterStatistic.fromWire}.
         *
         * @param statisticWire the wire string
         * @return this builder
         */
        public Builder statisticWire(String statisticWire) {
            this.statistic = null;
            this.statisticWire = statisticWire;
            return this;
        }

        /**
         * Sets {@code timePeriod}: the time period; clears {@code timePeriodWire}.
         *
         * @param timePeriod the value
         * @return this builder
         */
        public Builder timePeriod(TimePeriod timePeriod) {
            this.timePeriod = timePeriod;
            this.timePeriodWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code timePeriod}, as read from a response; clears the enum, which the record
         * derives with {@code TimePeriod.fromWire}.
         *
         * @param timePeriodWire the wire string
         * @return this builder
         */
        public Builder timePeriodWire(String timePeriodWire) {
            this.timePeriod = null;
            this.timePeriodWire = timePeriodWire;
            return this;
        }

        /**
         * Sets {@code workerId}: the worker, for a worker statistic; null otherwise.
         *
         * @param workerId the value
         * @return this builder
         */
        public Builder workerId(String workerId) {
            this.workerId = workerId;
            return this;
        }

        /**
         * Replaces {@code dataPoints}: the data points, in response order.
         *
         * @param dataPoints the new values; not null
         * @return this builder
         */
        public Builder dataPoints(List<? extends DataPoint> dataPoints) {
            this.dataPoints.clear();
            this.dataPoints.addAll(dataPoints);
            return this;
        }

        /**
         * Appends one entry to {@code dataPoints}.
         *
         * @param dataPoint the entry to append
         * @return this builder
         */
        public Builder dataPoint(DataPoint dataPoint) {
            this.dataPoints.add(dataPoint);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public StatisticResult build() {
            return new StatisticResult(statistic, statisticWire, timePeriod, timePeriodWire, workerId, dataPoints);
        }
    }
}
