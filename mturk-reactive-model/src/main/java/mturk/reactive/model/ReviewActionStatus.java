package mturk.reactive.model;

import java.util.Map;

/**
 * The status of an action taken by a review policy ({@code ReviewActionStatus}); matched case-insensitively because
 * the documentation spells it in upper case.
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum ReviewActionStatus implements WireEnum {
    /** {@code Intended}: planned, not yet taken. */
    INTENDED("Intended"),
    /** {@code Succeeded}: taken successfully. */
    SUCCEEDED("Succeeded"),
    /** {@code Failed}: attempted and failed. */
    FAILED("Failed"),
    /** {@code Cancelled}: cancelled. */
    CANCELLED("Cancelled"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, ReviewActionStatus> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    ReviewActionStatus(String wireValue) {
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
    public static ReviewActionStatus fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
