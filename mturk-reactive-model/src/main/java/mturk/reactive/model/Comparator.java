package mturk.reactive.model;

import java.util.Map;

/**
 * The comparator of a qualification requirement ({@code Comparator}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum Comparator implements WireEnum {
    /** {@code LessThan}: the worker's value is less than the requirement's. */
    LESS_THAN("LessThan"),
    /** {@code LessThanOrEqualTo}: less than or equal to. */
    LESS_THAN_OR_EQUAL_TO("LessThanOrEqualTo"),
    /** {@code GreaterThan}: greater than. */
    GREATER_THAN("GreaterThan"),
    /** {@code GreaterThanOrEqualTo}: greater than or equal to. */
    GREATER_THAN_OR_EQUAL_TO("GreaterThanOrEqualTo"),
    /** {@code EqualTo}: equal to (one integer or one locale value). */
    EQUAL_TO("EqualTo"),
    /** {@code NotEqualTo}: not equal to (one integer or one locale value). */
    NOT_EQUAL_TO("NotEqualTo"),
    /** {@code Exists}: the worker holds the qualification, whatever its value (no values). */
    EXISTS("Exists"),
    /** {@code DoesNotExist}: the worker does not hold the qualification (no values). */
    DOES_NOT_EXIST("DoesNotExist"),
    /** {@code In}: the worker's value is one of the listed values (up to 15 integers or 30 locales). */
    IN("In"),
    /** {@code NotIn}: the worker's value is none of the listed values. */
    NOT_IN("NotIn"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, Comparator> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    Comparator(String wireValue) {
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
    public static Comparator fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
