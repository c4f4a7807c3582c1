package mturk.reactive.model;

import java.util.Map;

/**
 * The sort property of {@code GetQualificationRequests} ({@code SortProperty}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum QualificationRequestSortProperty implements WireEnum {
    /** {@code QualificationTypeId}: by qualification type id. */
    QUALIFICATION_TYPE_ID("QualificationTypeId"),
    /** {@code SubmitTime}: by submit time. */
    SUBMIT_TIME("SubmitTime"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, QualificationRequestSortProperty> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    QualificationRequestSortProperty(String wireValue) {
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
    public static QualificationRequestSortProperty fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
