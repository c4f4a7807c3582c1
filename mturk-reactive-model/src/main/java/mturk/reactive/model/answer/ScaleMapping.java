package mturk.reactive.model.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * {@code <ScaleMapping><SummedScoreMultiplier/></ScaleMapping>}: the value is the summed score times the multiplier,
 * rounded to the nearest integer (halves away from zero; the documentation does not say how the service rounds).
 *
 * @param summedScoreMultiplier the multiplier, a decimal
 */
public record ScaleMapping(BigDecimal summedScoreMultiplier) implements QualificationValueMapping {

    /**
     * Requires the multiplier.
     *
     * @param summedScoreMultiplier the multiplier, a decimal
     */
    public ScaleMapping {
        Objects.requireNonNull(summedScoreMultiplier, "ScaleMapping.summedScoreMultiplier");
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code round(summedScore * summedScoreMultiplier)}
     * @throws ArithmeticException when the result does not fit an {@code int}
     */
    @Override
    public int qualificationValue(int summedScore) {
        return BigDecimal.valueOf(summedScore).multiply(summedScoreMultiplier)
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
