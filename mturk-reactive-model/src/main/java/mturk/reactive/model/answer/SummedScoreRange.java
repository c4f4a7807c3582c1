package mturk.reactive.model.answer;

/**
 * One range of a {@link RangeMapping}: {@code <SummedScoreRange><InclusiveLowerBound/><InclusiveUpperBound/>
 * <QualificationValue/></SummedScoreRange>}.
 *
 * @param inclusiveLowerBound the lowest summed score in the range
 * @param inclusiveUpperBound the highest summed score in the range; at least the lower bound
 * @param qualificationValue  the value given to a score in the range
 */
public record SummedScoreRange(int inclusiveLowerBound, int inclusiveUpperBound, int qualificationValue) {

    /**
     * Validates the bounds.
     *
     * @param inclusiveLowerBound the lowest summed score in the range
     * @param inclusiveUpperBound the highest summed score in the range; at least the lower bound
     * @param qualificationValue the value given to a score in the range
     * @throws IllegalArgumentException when the lower bound exceeds the upper one
     */
    public SummedScoreRange {
        if (inclusiveLowerBound > inclusiveUpperBound) {
            throw new IllegalArgumentException("SummedScoreRange.inclusiveLowerBound (" + inclusiveLowerBound
                    + ") must be <= inclusiveUpperBound (" + inclusiveUpperBound + ")");
        }
    }

    /**
     * Whether the score lies in the range.
     *
     * @param summedScore a summed score
     * @return true when {@code lower <= summedScore <= upper}
     */
    public boolean contains(int summedScore) {
        return summedScore >= inclusiveLowerBound && summedScore <= inclusiveUpperBound;
    }
}
