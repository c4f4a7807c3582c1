package mturk.reactive.model.request;

import java.time.Duration;
import mturk.reactive.model.Limits;

/**
 * The parameters of {@code ExtendHIT}: add assignments or extend the expiration, exactly one of the two per call
 * (as boto2 requires). A HIT with fewer than 10 assignments cannot be extended to 10 or more (the service answers
 * {@code InvalidMaximumAssignmentsIncrease}).
 *
 * <p>Limits: {@code maxAssignmentsIncrement} 1..1,000,000,000; {@code expirationIncrement} 3600..31,536,000 whole
 * seconds; unique request token at most 64 characters (the client fills it when unset).
 *
 * @param hitId the HIT; required
 * @param maxAssignmentsIncrement how many assignments to add, or null
 * @param expirationIncrement how much to extend the expiration ({@code ExpirationIncrementInSeconds}), or null
 * @param uniqueRequestToken the idempotency token, or null to let the client generate one
 */
public record ExtendHitRequest(String hitId,
                               Integer maxAssignmentsIncrement,
                               Duration expirationIncrement,
                               String uniqueRequestToken) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitId the HIT; required
     * @param maxAssignmentsIncrement how many assignments to add, or null
     * @param expirationIncrement how much to extend the expiration ({@code ExpirationIncrementInSeconds}), or null
     * @param uniqueRequestToken the idempotency token, or null to let the client generate one
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ExtendHitRequest {
        Limits.requireNonBlank("hitId", hitId);
        if ((maxAssignmentsIncrement == null) == (expirationIncrement == null)) {
            throw new IllegalArgumentException("exactly one of maxAssignmentsIncrement and expirationIncrement must be"
                    + " set, was " + (maxAssignmentsIncrement == null ? "neither" : "both"));
        }
        Limits.range("maxAssignmentsIncrement", maxAssignmentsIncrement, 1, Limits.MAX_ASSIGNMENTS_MAX);
        Limits.seconds("expirationIncrement", expirationIncrement, Limits.EXPIRATION_INCREMENT_MIN,
                Limits.EXPIRATION_INCREMENT_MAX);
        RequestRules.token(uniqueRequestToken);
    }

    /**
     * A builder with every field unset; unset fields take the defaults documented on the record.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a modified copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hitId = hitId;
        b.maxAssignmentsIncrement = maxAssignmentsIncrement;
        b.expirationIncrement = expirationIncrement;
        b.uniqueRequestToken = uniqueRequestToken;
        return b;
    }

    /**
     * Adds assignments to a HIT.
     *
     * @param hitId     the HIT
     * @param increment how many assignments to add, 1..1,000,000,000
     * @return the request
     */
    public static ExtendHitRequest addAssignments(String hitId, int increment) {
        return new ExtendHitRequest(hitId, increment, null, null);
    }

    /**
     * Extends the expiration of a HIT.
     *
     * @param hitId     the HIT
     * @param increment how much longer, 1 hour..365 days in whole seconds
     * @return the request
     */
    public static ExtendHitRequest extendExpiration(String hitId, Duration increment) {
        return new ExtendHitRequest(hitId, null, increment, null);
    }

    /**
     * A copy carrying the given idempotency token, as the client does before the first attempt.
     *
     * @param token the token, at most 64 characters
     * @return the copy
     */
    public ExtendHitRequest withUniqueRequestToken(String token) {
        return new ExtendHitRequest(hitId, maxAssignmentsIncrement, expirationIncrement, token);
    }

    /** Builder of {@link ExtendHitRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitId;
        private Integer maxAssignmentsIncrement;
        private Duration expirationIncrement;
        private String uniqueRequestToken;

        private Builder() {
        }

        /**
         * Sets {@code hitId}: the HIT; required.
         *
         * @param hitId the value
         * @return this builder
         */
        public Builder hitId(String hitId) {
            this.hitId = hitId;
            return this;
        }

        /**
         * Sets {@code maxAssignmentsIncrement}: how many assignments to add, or null.
         *
         * @param maxAssignmentsIncrement the value
         * @return this builder
         */
        public Builder maxAssignmentsIncrement(Integer maxAssignmentsIncrement) {
            this.maxAssignmentsIncrement = maxAssignmentsIncrement;
            return this;
        }

        /**
         * Sets {@code expirationIncrement}: how much to extend the expiration ({@code ExpirationIncrementInSeconds}),
         * or null.
         *
         * @param expirationIncrement the value
         * @return this builder
         */
        public Builder expirationIncrement(Duration expirationIncrement) {
            this.expirationIncrement = expirationIncrement;
            return this;
        }

        /**
         * Sets {@code uniqueRequestToken}: the idempotency token, or null to let the client generate one.
         *
         * @param uniqueRequestToken the value
         * @return this builder
         */
        public Builder uniqueRequestToken(String uniqueRequestToken) {
            this.uniqueRequestToken = uniqueRequestToken;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public ExtendHitRequest build() {
            return new ExtendHitRequest(hitId, maxAssignmentsIncrement, expirationIncrement, uniqueRequestToken);
        }
    }
}
