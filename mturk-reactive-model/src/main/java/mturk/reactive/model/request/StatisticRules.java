package mturk.reactive.model.request;

import mturk.reactive.model.Limits;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.TimePeriod;

/** The rules shared by the requester and worker statistic requests. */
final class StatisticRules {

    private StatisticRules() {
    }

    static void check(RequesterStatistic statistic, TimePeriod timePeriod, Integer count) {
        Limits.known("statistic", Limits.requireNonNull("statistic", statistic));
        Limits.known("timePeriod", Limits.requireNonNull("timePeriod", timePeriod));
        if (count != null) {
            if (timePeriod != TimePeriod.ONE_DAY) {
                throw new IllegalArgumentException("count must not be set unless timePeriod is OneDay, was "
                        + timePeriod.wireValue());
            }
            Limits.atLeast("count", count, 1);
        }
        if (statistic == RequesterStatistic.NUMBER_HITS_ASSIGNABLE && timePeriod != TimePeriod.LIFE_TO_DATE) {
            throw new IllegalArgumentException("timePeriod of NumberHITsAssignable must be LifeToDate, was "
                    + timePeriod.wireValue());
        }
    }
}
