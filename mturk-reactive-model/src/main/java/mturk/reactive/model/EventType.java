package mturk.reactive.model;

import java.util.Map;

/**
 * A notification event type ({@code EventType}).
 *
 * <p>Unknown wire values read as {@link #UNKNOWN} (see {@link WireEnum}); the record carrying the value keeps the raw
 * string in its companion {@code ...Wire} component.
 */
public enum EventType implements WireEnum {
    /** {@code AssignmentAccepted}: a worker accepted an assignment. */
    ASSIGNMENT_ACCEPTED("AssignmentAccepted"),
    /** {@code AssignmentAbandoned}: an assignment's duration elapsed unsubmitted. */
    ASSIGNMENT_ABANDONED("AssignmentAbandoned"),
    /** {@code AssignmentReturned}: a worker returned an assignment. */
    ASSIGNMENT_RETURNED("AssignmentReturned"),
    /** {@code AssignmentSubmitted}: a worker submitted an assignment. */
    ASSIGNMENT_SUBMITTED("AssignmentSubmitted"),
    /** {@code AssignmentRejected}: an assignment was rejected. */
    ASSIGNMENT_REJECTED("AssignmentRejected"),
    /** {@code AssignmentApproved}: an assignment was approved. */
    ASSIGNMENT_APPROVED("AssignmentApproved"),
    /** {@code HITCreated}: a HIT was created. */
    HIT_CREATED("HITCreated"),
    /** {@code HITExpired}: a HIT expired. */
    HIT_EXPIRED("HITExpired"),
    /** {@code HITReviewable}: a HIT became reviewable. */
    HIT_REVIEWABLE("HITReviewable"),
    /** {@code HITExtended}: a HIT was extended. */
    HIT_EXTENDED("HITExtended"),
    /** {@code HITDisposed}: a HIT was disposed. */
    HIT_DISPOSED("HITDisposed"),
    /** {@code Ping}: a test event; valid only for {@code SendTestEventNotification}. */
    PING("Ping"),
    /** A value this SDK does not know; it has no wire value of its own (the carrying record keeps the raw string). */
    UNKNOWN(null);

    private static final Map<String, EventType> BY_WIRE = WireEnums.index(values());

    private final String wireValue;

    EventType(String wireValue) {
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
    public static EventType fromWire(String wire) {
        return WireEnums.lookup(BY_WIRE, wire, UNKNOWN);
    }
}
