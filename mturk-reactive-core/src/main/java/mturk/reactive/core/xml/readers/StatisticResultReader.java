package mturk.reactive.core.xml.readers;

import java.time.Instant;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;
import mturk.reactive.core.xml.Values;
import mturk.reactive.model.DataPoint;
import mturk.reactive.model.StatisticResult;

/**
 * Reads {@code GetStatisticResult} (GetRequesterStatistic, GetRequesterWorkerStatistic): {@code Statistic},
 * {@code TimePeriod}, the optional {@code WorkerId} and every {@code DataPoint} ({@code Date} plus either
 * {@code LongValue} or {@code DoubleValue}, whichever the service sent). Element order is free (the schema puts the
 * data points first, the documentation last).
 */
public final class StatisticResultReader implements RecordReader<StatisticResult> {

    private final StatisticResult.Builder result = StatisticResult.builder();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "Statistic" -> Child.text(t -> result.statisticWire(t.strip()));
            case "TimePeriod" -> Child.text(t -> result.timePeriodWire(t.strip()));
            case "WorkerId" -> Child.text(t -> result.workerId(t.strip()));
            case "DataPoint" -> Child.record(new DataPointReader(), result::dataPoint);
            default -> Child.skip();
        };
    }

    @Override
    public StatisticResult finish() {
        return result.build();
    }

    /** One {@code DataPoint}. */
    private static final class DataPointReader implements RecordReader<DataPoint> {
        private Instant date;
        private Long longValue;
        private Double doubleValue;

        @Override
        public Child child(String name) {
            return switch (name) {
                case "Date" -> Child.text(t -> date = Values.instant(name, t));
                case "LongValue" -> Child.text(t -> longValue = Values.longValue(name, t));
                case "DoubleValue" -> Child.text(t -> doubleValue = parseDouble(name, t));
                default -> Child.skip();
            };
        }

        private static double parseDouble(String name, String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("<" + name + "> must be a number, was \"" + text + "\"");
            }
        }

        @Override
        public DataPoint finish() {
            return new DataPoint(date, longValue, doubleValue);
        }
    }
}
