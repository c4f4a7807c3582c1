package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.TimePeriod;

/**
 * The parameters of {@code GetRequesterStatistic}. {@code count} (how many daily data points) is only allowed with
 * {@code OneDay}, at least 1 (service default 1); {@code NumberHITsAssignable} is only valid with {@code LifeToDate}.
 *
 * @param statistic the statistic; required, known
 * @param timePeriod the period; required, known
 * @param count the number of data points, only with {@code OneDay}; null is not sent
 */
public record GetRequesterStatisticRequest(RequesterStatistic statistic,
                                           TimePeriod timePeriod,
                                           Integer count) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param statistic the statistic; required, known
     * @param timePeriod the period; required, known
     * @param count the number of data points, only with {@code OneDay}; null is not sent
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public GetRequesterStatisticRequest {
        StatisticRules.check(statistic, timePeriod, count);
    }
}
