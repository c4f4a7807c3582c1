package mturk.reactive.model;

import java.util.Map;

/**
 * The time period of a requester statistic ({@code TimePeriod}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum TimePeriod implements WireEnum {
    /** {@code OneDay}: one day (the only period that accepts a {@code Count}). */
    ONE_DAY("OneDay"),
    /** {@code SevenDays}: seven days. */
    SEVEN_DAYS("SevenDays"),
    /** {@code ThirtyDays}: thirty days. */
    THIRTY_DAYS("ThirtyDays"),
    /** {@code LifeToDate}: the requester's whole history. */
    LIFE_TO_DATE("LifeToDate"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, TimePeriod> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    TimePeriod(String wireValue) {
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
    public static TimePeriod fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
