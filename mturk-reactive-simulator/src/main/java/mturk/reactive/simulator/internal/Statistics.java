package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import mturk.reactive.simulator.internal.Model.Assignment;
import mturk.reactive.simulator.internal.Model.AssignmentState;
import mturk.reactive.simulator.internal.Model.Bonus;
import mturk.reactive.simulator.internal.Model.Hit;

/** GetRequesterStatistic and GetRequesterWorkerStatistic, computed from the simulator's state. */
final class Statistics {
    static final List<String> REQUESTER = List.of("NumberHITsAssignable", "NumberHITsReviewable",
            "NumberHITsCreated", "NumberHITsCompleted", "TotalRewardPayout", "TotalRewardFeePayout",
            "TotalFeePayout", "TotalRewardAndFeePayout", "TotalBonusPayout", "TotalBonusFeePayout",
            "EstimatedFeeLiability", "EstimatedRewardLiability", "EstimatedTotalLiability",
            "NumberAssignmentsAvailable", "NumberAssignmentsAccepted", "NumberAssignmentsPending",
            "NumberAssignmentsApproved", "NumberAssignmentsRejected", "NumberAssignmentsReturned",
            "NumberAssignmentsAbandoned", "AverageRewardAmount", "PercentAssignmentsApproved",
            "PercentAssignmentsRejected", "NumberKnownAnswersCorrect", "NumberKnownAnswersIncorrect",
            "NumberKnownAnswersEvaluated", "PercentKnownAnswersCorrect", "NumberPluralityAnswersCorrect",
            "NumberPluralityAnswersIncorrect", "NumberPluralityAnswersEvaluated", "PercentPluralityAnswersCorrect");
    static final List<String> WORKER = List.of("NumberAssignmentsApproved", "NumberAssignmentsRejected",
            "PercentAssignmentsApproved", "PercentAssignmentsRejected", "NumberKnownAnswersCorrect",
            "NumberKnownAnswersIncorrect", "NumberKnownAnswersEvaluated", "PercentKnownAnswersCorrect",
            "NumberPluralityAnswersCorrect", "NumberPluralityAnswersIncorrect", "NumberPluralityAnswersEvaluated",
            "PercentPluralityAnswersCorrect");
    static final List<String> PERIODS = List.of("OneDay", "SevenDays", "ThirtyDays", "LifeToDate");

    private Statistics() {
    }

    static void requester(State s, Params p, XmlOut o) {
        write(s, p, o, REQUESTER, null);
    }

    static void worker(State s, Params p, XmlOut o) {
        String worker = p.required("WorkerId");
        write(s, p, o, WORKER, worker);
    }

    private static void write(State s, Params p, XmlOut o, List<String> allowed, String worker) {
        String statistic = p.optEnum("Statistic", allowed).orElseThrow(() -> ApiException.missing("Statistic"));
        String period = p.optEnum("TimePeriod", PERIODS).orElseThrow(() -> ApiException.missing("TimePeriod"));
        int count = (int) p.longOr("Count", 1, 365, 1);
        if (count > 1 && !period.equals("OneDay")) {
            throw ApiException.invalid("Count", Integer.toString(count), "Count is only allowed with OneDay.");
        }
        if (statistic.equals("NumberHITsAssignable") && !period.equals("LifeToDate")) {
            throw ApiException.invalid("TimePeriod", period, "NumberHITsAssignable is only available for LifeToDate.");
        }
        Instant now = s.now();
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        for (int i = 0; i < count; i++) {
            Instant from;
            Instant to;
            Instant date;
            switch (period) {
                case "OneDay" -> {
                    from = day.minus(Duration.ofDays(i));
                    to = from.plus(Duration.ofDays(1));
                    date = from;
                }
                case "SevenDays" -> {
                    from = now.minus(Duration.ofDays(7));
                    to = now.plusSeconds(1);
                    date = day;
                }
                case "ThirtyDays" -> {
                    from = now.minus(Duration.ofDays(30));
                    to = now.plusSeconds(1);
                    date = day;
                }
                default -> {
                    from = Instant.EPOCH;
                    to = now.plusSeconds(1);
                    date = day;
                }
            }
            Object value = value(s, statistic, from, to, worker);
            o.start("DataPoint").leaf("Date", State.time(date));
            if (value instanceof Long l) {
                o.leaf("LongValue", l);
            } else {
                o.leaf("DoubleValue", value);
            }
            o.end();
        }
        if (State.groups(p, Set.of("Minimal", "Parameters")).contains("Parameters")) {
            o.leaf("Statistic", statistic).leaf("TimePeriod", period);
        }
        if (worker != null) {
            o.leaf("WorkerId", worker);
        }
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }

    private static long countA(State s, String worker, Predicate<Assignment> p) {
        return s.assignmentsView().stream().filter(a -> worker == null || a.workerId.equals(worker)).filter(p).count();
    }

    private static Object value(State s, String statistic, Instant from, Instant to, String worker) {
        Instant now = s.now();
        List<Hit> hits = List.copyOf(s.hitsView().values());
        long approved = countA(s, worker, a -> a.state == AssignmentState.APPROVED && in(a.approvalTime, from, to));
        long rejected = countA(s, worker, a -> a.state == AssignmentState.REJECTED && in(a.rejectionTime, from, to));
        BigDecimal reward = BigDecimal.ZERO;
        BigDecimal rewardFee = BigDecimal.ZERO;
        for (Assignment a : s.assignmentsView()) {
            if (a.state == AssignmentState.APPROVED && in(a.approvalTime, from, to)) {
                BigDecimal r = a.hit.type.reward;
                reward = reward.add(r);
                rewardFee = rewardFee.add(Fees.rewardFee(r, a.hit.maxAssignments));
            }
        }
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal bonusFee = BigDecimal.ZERO;
        for (Bonus b : s.bonusesView()) {
            if (in(b.grantTime(), from, to)) {
                bonus = bonus.add(b.amount());
                bonusFee = bonusFee.add(b.fee());
            }
        }
        BigDecimal rewardLiability = BigDecimal.ZERO;
        BigDecimal feeLiability = BigDecimal.ZERO;
        for (Hit h : hits) {
            if (h.disposed) {
                continue;
            }
            long open = h.pending() + h.assignments.stream().filter(a -> a.state == AssignmentState.SUBMITTED).count()
                    + (h.expired(now) ? 0 : h.available());
            rewardLiability = rewardLiability.add(h.type.reward.multiply(BigDecimal.valueOf(open)));
            feeLiability = feeLiability.add(Fees.rewardFee(h.type.reward, h.maxAssignments)
                    .multiply(BigDecimal.valueOf(open)));
        }
        return switch (statistic) {
            case "NumberHITsAssignable" -> hits.stream().filter(h -> h.status(now).equals("Assignable")).count();
            case "NumberHITsReviewable" -> hits.stream().filter(h -> h.status(now).equals("Reviewable")).count();
            case "NumberHITsCreated" -> hits.stream().filter(h -> in(h.creationTime, from, to)).count();
            case "NumberHITsCompleted" -> hits.stream().filter(h -> in(h.creationTime, from, to)
                    && h.completed() >= h.maxAssignments).count();
            case "TotalRewardPayout" -> dbl(reward);
            case "TotalRewardFeePayout" -> dbl(rewardFee);
            case "TotalFeePayout" -> dbl(rewardFee.add(bonusFee));
            case "TotalRewardAndFeePayout" -> dbl(reward.add(rewardFee));
            case "TotalBonusPayout" -> dbl(bonus);
            case "TotalBonusFeePayout" -> dbl(bonusFee);
            case "EstimatedRewardLiability" -> dbl(rewardLiability);
            case "EstimatedFeeLiability" -> dbl(feeLiability);
            case "EstimatedTotalLiability" -> dbl(rewardLiability.add(feeLiability));
            case "NumberAssignmentsAvailable" -> (long) hits.stream().filter(h -> !h.disposed && !h.expired(now))
                    .mapToInt(Hit::available).sum();
            case "NumberAssignmentsAccepted" -> countA(s, worker, a -> in(a.acceptTime, from, to));
            case "NumberAssignmentsPending" -> countA(s, worker, a -> a.state == AssignmentState.SUBMITTED);
            case "NumberAssignmentsApproved" -> approved;
            case "NumberAssignmentsRejected" -> rejected;
            case "NumberAssignmentsReturned" -> countA(s, worker, a -> a.state == AssignmentState.RETURNED
                    && in(a.acceptTime, from, to));
            case "NumberAssignmentsAbandoned" -> countA(s, worker, a -> a.state == AssignmentState.ABANDONED
                    && in(a.acceptTime, from, to));
            case "AverageRewardAmount" -> approved == 0 ? 0.0
                    : dbl(reward.divide(BigDecimal.valueOf(approved), 2, RoundingMode.HALF_UP));
            case "PercentAssignmentsApproved" -> approved + rejected == 0 ? 0.0
                    : (double) approved / (approved + rejected);
            case "PercentAssignmentsRejected" -> approved + rejected == 0 ? 0.0
                    : (double) rejected / (approved + rejected);
            case "PercentKnownAnswersCorrect", "PercentPluralityAnswersCorrect" -> 0.0;
            default -> 0L;
        };
    }

    private static double dbl(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
