package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.TimePeriod;

/**
 * The parameters of {@code GetRequesterWorkerStatistic}: one of the twelve worker-level statistics
 * ({@link RequesterStatistic#isWorkerStatistic()}) for one worker. {@code count} as in
 * {@link GetRequesterStatisticRequest}.
 *
 * @param statistic the statistic; required, a worker statistic
 * @param workerId the worker; required
 * @param timePeriod the period; required, known
 * @param count the number of data points, only with {@code OneDay}; null is not sent
 */
public record GetRequesterWorkerStatisticRequest(RequesterStatistic statistic,
                                                 String workerId,
                                                 TimePeriod timePeriod,
                                                 Integer count) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param statistic the statistic; required, a worker statistic
     * @param workerId the worker; required
     * @param timePeriod the period; required, known
     * @param count the number of data points, only with {@code OneDay}; null is not sent
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetRequesterWorkerStatisticRequest {
        StatisticRules.check(statistic, timePeriod, count);
        if (!statistic.isWorkerStatistic()) {
            throw new IllegalArgumentException("statistic must be a worker statistic, was " + statistic.wireValue());
        }
        Limits.requireNonBlank("workerId", workerId);
    }
}
