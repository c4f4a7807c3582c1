package mturk.reactive.model;

import java.util.Map;

/**
 * The sort property of {@code SearchHITs} and {@code GetReviewableHITs} ({@code SortProperty}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum HitSortProperty implements WireEnum {
    /** {@code Title}: by title. */
    TITLE("Title"),
    /** {@code Reward}: by reward. */
    REWARD("Reward"),
    /** {@code Expiration}: by expiration time. */
    EXPIRATION("Expiration"),
    /** {@code CreationTime}: by creation time. */
    CREATION_TIME("CreationTime"),
    /**
     * {@code Enumeration}: an unordered but stable, duplicate-free enumeration; use it when page number times page
     * size exceeds 100.
     */
    ENUMERATION("Enumeration"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, HitSortProperty> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    HitSortProperty(String wireValue) {
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
    public static HitSortProperty fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
