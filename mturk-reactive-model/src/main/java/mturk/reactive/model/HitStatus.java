package mturk.reactive.model;

import java.util.Map;

/**
 * The status of a HIT ({@code HITStatus}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum HitStatus implements WireEnum {
    /** {@code Assignable}: workers can accept assignments of the HIT. */
    ASSIGNABLE("Assignable"),
    /** {@code Unassignable}: every remaining assignment slot is taken by a worker who has not submitted yet. */
    UNASSIGNABLE("Unassignable"),
    /** {@code Reviewable}: all assignments are submitted, or the HIT expired and no work is outstanding. */
    REVIEWABLE("Reviewable"),
    /** {@code Reviewing}: the requester marked the HIT as being reviewed ({@code SetHITAsReviewing}). */
    REVIEWING("Reviewing"),
    /** {@code Disposed}: the HIT was disposed or disabled. */
    DISPOSED("Disposed"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, HitStatus> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    HitStatus(String wireValue) {
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
    public static HitStatus fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
