package mturk.reactive.model.question;

/**
 * The answer's length must be within bounds: {@code <Length minLength=".." maxLength=".."/>} (boto2's
 * {@code LengthConstraint}).
 *
 * @param minLength the shortest accepted length (0 or more), or null for none
 * @param maxLength the longest accepted length (1 or more), or null for none
 */
public record LengthConstraint(Integer minLength, Integer maxLength) {

    /**
     * Validates the bounds against the schema ({@code minLength} non-negative, {@code maxLength} positive).
     *
     * @param minLength the shortest accepted length (0 or more), or null for none
     * @param maxLength the longest accepted length (1 or more), or null for none
     * @throws IllegalArgumentException naming the bound and its limit
     */
    public LengthConstraint {
        if (minLength != null && minLength < 0) {
            throw new IllegalArgumentException("Length.minLength must be >= 0, was " + minLength);
        }
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("Length.maxLength must be >= 1, was " + maxLength);
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw new IllegalArgumentException("Length.minLength (" + minLength + ") must be <= maxLength ("
                    + maxLength + ")");
        }
    }

    /**
     * A length in {@code [min, max]}.
     *
     * @param min the shortest length
     * @param max the longest length
     * @return the constraint
     */
    public static LengthConstraint between(int min, int max) {
        return new LengthConstraint(min, max);
    }

    /**
     * Whether a text of {@code length} characters is within the bounds.
     *
     * @param length the length
     * @return true when no bound excludes it
     */
    public boolean accepts(int length) {
        return (minLength == null || length >= minLength) && (maxLength == null || length <= maxLength);
    }
}
