package mturk.reactive.model.question;

/**
 * The answer must be a whole number, optionally within bounds: {@code <IsNumeric minValue=".." maxValue=".."/>}
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
     * @throws IllegalArgumentException when both are given and {@code minValue > maxValue}
     */
    public NumericConstraint {
        if (minValue != null && maxValue != null && minValue > maxValue) {
            throw new IllegalArgumentException("IsNumeric.minValue (" + minValue + ") must be <= maxValue ("
                    + maxValue + ")");
        }
    }

    /**
     * Any whole number.
     *
     * @return the constraint
     */
    public static NumericConstraint any() {
        return new NumericConstraint(null, null);
    }

    /**
     * A whole number in {@code [min, max]}.
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
    public boolean accepts(long value) {
        return (minValue == null || value >= minValue) && (maxValue == null || value <= maxValue);
    }
}
