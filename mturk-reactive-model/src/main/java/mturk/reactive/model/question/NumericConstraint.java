package mturk.reactive.model.question;

import java.math.BigDecimal;

/**
 * The answer must be a number, optionally within bounds: {@code <IsNumeric minValue=".." maxValue=".."/>}
 * (boto2's {@code NumericConstraint}). Bounds are {@code int}s, as the schema types them; boto2's {@code %d}
 * truncation of decimals cannot happen.
 *
 * @param minValue the smallest accepted value, or null for none
 * @param maxValue the largest accepted value, or null for none
 */
public record NumericConstraint(Integer minValue, Integer maxValue) {

    /**
     * Validates the bounds.
     *
     * @param minValue the smallest accepted value, or null for none
     * @param maxValue the largest accepted value, or null for none
     * @throws IllegalArgumentException when both are given and {@code minValue > maxValue}
     */
    public NumericConstraint {
        if (minValue != null && maxValue != null && minValue > maxValue) {
            throw new IllegalArgumentException("IsNumeric.minValue (" + minValue + ") must be <= maxValue ("
                    + maxValue + ")");
        }
    }

    /**
     * Any number.
     *
     * @return the constraint
     */
    public static NumericConstraint any() {
        return new NumericConstraint(null, null);
    }

    /**
     * A number in {@code [min, max]}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the constraint
     */
    public static NumericConstraint between(int min, int max) {
        return new NumericConstraint(min, max);
    }

    /**
     * Whether {@code value} is within the bounds.
     *
     * @param value a number
     * @return true when no bound excludes it
     */
    public boolean accepts(BigDecimal value) {
        return (minValue == null || value.compareTo(BigDecimal.valueOf(minValue)) >= 0)
                && (maxValue == null || value.compareTo(BigDecimal.valueOf(maxValue)) <= 0);
    }

    /**
     * Whether a worker's text is a number within the bounds. The documentation only says "a number", so decimals
     * ({@code 2.5}, {@code -3}) are accepted; surrounding whitespace is ignored.
     *
     * @param answer the answer text
     * @return true when it parses as a decimal number within the bounds
     */
    public boolean accepts(String answer) {
        String s = answer.strip();
        if (s.isEmpty() || !s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return false;
        }
        return accepts(new BigDecimal(s));
    }
}
