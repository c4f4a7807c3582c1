package mturk.reactive.model.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code <PercentageMapping><MaximumSummedScore/></PercentageMapping>}: the value is the summed score divided by the
 * maximum, times 100, rounded to the nearest integer (halves away from zero).
 *
 * @param maximumSummedScore the score worth 100; 1 or more
 */
public record PercentageMapping(int maximumSummedScore) implements QualificationValueMapping {

    /**
     * Validates the maximum.
     *
     * @param maximumSummedScore the score worth 100; 1 or more
     * @throws IllegalArgumentException when the maximum is below 1
     */
    public PercentageMapping {
        if (maximumSummedScore < 1) {
            throw new IllegalArgumentException("PercentageMapping.maximumSummedScore must be >= 1, was "
                    + maximumSummedScore);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code round(100 * summedScore / maximumSummedScore)}
     */
    @Override
    public int qualificationValue(int summedScore) {
        return BigDecimal.valueOf(summedScore).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(maximumSummedScore), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
