package mturk.reactive.model.answer;

import java.util.List;
import java.util.Objects;

/**
 * {@code <RangeMapping><SummedScoreRange/>+<OutOfRangeQualificationValue/></RangeMapping>}: the value of the range
 * holding the summed score, or the out-of-range value. Overlapping ranges are undefined for the service; here the
 * first matching range in document order wins.
 *
 * @param ranges                       the ranges, in order; at least one; copied
 * @param outOfRangeQualificationValue the value when no range holds the score
 */
public record RangeMapping(List<SummedScoreRange> ranges, int outOfRangeQualificationValue)
        implements QualificationValueMapping {

    /**
     * Validates and copies the ranges.
     *
     * @param ranges the ranges, in order; at least one; copied
     * @param outOfRangeQualificationValue the value when no range holds the score
     * @throws IllegalArgumentException when there is no range
     */
    public RangeMapping {
        ranges = List.copyOf(Objects.requireNonNull(ranges, "RangeMapping.ranges"));
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("RangeMapping.ranges must hold at least one SummedScoreRange");
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return the first containing range's value, else {@link #outOfRangeQualificationValue()}
     */
    @Override
    public int qualificationValue(int summedScore) {
        for (SummedScoreRange r : ranges) {
            if (r.contains(summedScore)) {
                return r.qualificationValue();
            }
        }
        return outOfRangeQualificationValue;
    }
}
