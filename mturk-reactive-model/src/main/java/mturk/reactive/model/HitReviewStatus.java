package mturk.reactive.model;

import java.util.Map;

/**
 * Amazon's own content review status of a HIT ({@code HITReviewStatus}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum HitReviewStatus implements WireEnum {
    /** {@code NotReviewed}: not reviewed (the default). */
    NOT_REVIEWED("NotReviewed"),
    /** {@code MarkedForReview}: marked for review. */
    MARKED_FOR_REVIEW("MarkedForReview"),
    /** {@code ReviewedAppropriate}: reviewed and found appropriate. */
    REVIEWED_APPROPRIATE("ReviewedAppropriate"),
    /** {@code ReviewedInappropriate}: reviewed and found inappropriate. */
    REVIEWED_INAPPROPRIATE("ReviewedInappropriate"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, HitReviewStatus> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    HitReviewStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * The exact wire spelling of this constant.
     *
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no spelling of its own
     */
    @Override
    public String wireValue() {
        return WireEnums.requireWireValue(this, wireValue);
    }

    /**
     * Reads a wire value leniently: matching ignores case and surrounding white space, and an unrecognised value
     * gives {@link #UNKNOWN} instead of failing.
     *
     * @param wire the wire string; not null
     * @return the matching constant, or {@link #UNKNOWN}
     * @throws NullPointerException if {@code wire} is null
     */
    public static HitReviewStatus fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
