package mturk.reactive.model;

import java.util.Map;

/**
 * The level of a review policy ({@code PolicyLevel}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum ReviewPolicyLevel implements WireEnum {
    /** {@code Assignment}: the assignment review policy. */
    ASSIGNMENT("Assignment"),
    /** {@code HIT}: the HIT review policy. */
    HIT("HIT"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, ReviewPolicyLevel> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    ReviewPolicyLevel(String wireValue) {
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
    public static ReviewPolicyLevel fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
