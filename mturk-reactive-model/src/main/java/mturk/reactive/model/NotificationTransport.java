package mturk.reactive.model;

import java.util.Map;

/**
 * How the service delivers notifications ({@code Transport}); the 2014 documentation accepts only Email and SQS, the
 * schema also SOAP and REST.
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum NotificationTransport implements WireEnum {
    /** {@code SOAP}: SOAP call to a URL (legacy, deprecated). */
    SOAP("SOAP"),
    /** {@code REST}: HTTP GET to a URL (legacy, deprecated). */
    REST("REST"),
    /** {@code Email}: e-mail to an address. */
    EMAIL("Email"),
    /** {@code SQS}: message to an Amazon SQS queue URL. */
    SQS("SQS"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, NotificationTransport> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    NotificationTransport(String wireValue) {
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
    public static NotificationTransport fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
