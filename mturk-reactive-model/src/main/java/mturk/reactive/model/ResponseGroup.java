package mturk.reactive.model;

import java.util.Map;

/**
 * A response group ({@code ResponseGroup}): which parts of a record the service returns.
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum ResponseGroup implements WireEnum {
    /** {@code Request}: echo of the request. */
    REQUEST("Request"),
    /** {@code Minimal}: ids only. */
    MINIMAL("Minimal"),
    /** {@code HITDetail}: the HIT's descriptive fields, status, reward and requirements. */
    HIT_DETAIL("HITDetail"),
    /** {@code HITQuestion}: the HIT's question XML. */
    HIT_QUESTION("HITQuestion"),
    /** {@code HITAssignmentSummary}: the HIT's assignment counts. */
    HIT_ASSIGNMENT_SUMMARY("HITAssignmentSummary"),
    /** {@code AssignmentFeedback}: the requester feedback of an assignment. */
    ASSIGNMENT_FEEDBACK("AssignmentFeedback"),
    /** {@code Parameters}: the statistic and time period of a statistic result. */
    PARAMETERS("Parameters"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, ResponseGroup> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    ResponseGroup(String wireValue) {
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
    public static ResponseGroup fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
