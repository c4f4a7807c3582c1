package mturk.reactive.model;

import java.util.Map;

/**
 * The status of a submitted assignment ({@code AssignmentStatus}); accepted but unsubmitted assignments are never
 * returned.
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum AssignmentStatus implements WireEnum {
    /** {@code Submitted}: submitted, awaiting approval or rejection. */
    SUBMITTED("Submitted"),
    /** {@code Approved}: approved (the worker was paid). */
    APPROVED("Approved"),
    /** {@code Rejected}: rejected. */
    REJECTED("Rejected"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, AssignmentStatus> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    AssignmentStatus(String wireValue) {
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
    public static AssignmentStatus fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
