package mturk.reactive.model;

import java.time.Instant;

/**
 * An action a review policy took or intends to take ({@code ReviewAction}), e.g. approving an assignment. The
 * documentation's sample spells the status in upper case ({@code SUCCEEDED}); the lenient enum reads both.
 * Every component is nullable.
 *
 * @param actionId the action id
 * @param actionName the action name, e.g. {@code approve}, {@code reject}, {@code extend}
 * @param objectId the id of the object acted on (an assignment or HIT)
 * @param objectType the type of the object acted on, e.g. {@code Assignment}
 * @param status the status; filled from {@code statusWire} when null
 * @param statusWire the exact wire string of {@code status}; filled from {@code status} when null
 * @param completeTime when the action completed
 * @param result a description of the result
 * @param errorCode the error code if the action failed
 */
public record ReviewAction(String actionId,
                           String actionName,
                           String objectId,
                           String objectType,
                           ReviewActionStatus status,
                           String statusWire,
                           Instant completeTime,
                           String result,
                           String errorCode) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param actionId the action id
     * @param actionName the action name, e.g. {@code approve}, {@code reject}, {@code extend}
     * @param objectId the id of the object acted on (an assignment or HIT)
     * @param objectType the type of the object acted on, e.g. {@code Assignment}
     * @param status the status; filled from {@code statusWire} when null
     * @param statusWire the exact wire string of {@code status}; filled from {@code status} when null
     * @param completeTime when the action completed
     * @param result a description of the result
     * @param errorCode the error code if the action failed
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ReviewAction {
        status = WireEnums.resolve(status, statusWire, ReviewActionStatus::fromWire);
        statusWire = WireEnums.wire("status", status, statusWire, ReviewActionStatus::fromWire);
    }

    /**
     * A builder with every field unset (null, empty lists).
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
        b.actionId = actionId;
        b.actionName = actionName;
        b.objectId = objectId;
        b.objectType = objectType;
        b.status = status;
        b.statusWire = statusWire;
        b.completeTime = completeTime;
        b.result = result;
        b.errorCode = errorCode;
        return b;
    }

    /** Builder of {@link ReviewAction}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String actionId;
        private String actionName;
        private String objectId;
        private String objectType;
        private ReviewActionStatus status;
        private String statusWire;
        private Instant completeTime;
        private String result;
        private String errorCode;

        private Builder() {
        }

        /**
         * Sets {@code actionId}: the action id.
         *
         * @param actionId the value
         * @return this builder
         */
        public Builder actionId(String actionId) {
            this.actionId = actionId;
            return this;
        }

        /**
         * Sets {@code actionName}: the action name, e.g. {@code approve}, {@code reject}, {@code extend}.
         *
         * @param actionName the value
         * @return this builder
         */
        public Builder actionName(String actionName) {
            this.actionName = actionName;
            return this;
        }

        /**
         * Sets {@code objectId}: the id of the object acted on (an assignment or HIT).
         *
         * @param objectId the value
         * @return this builder
         */
        public Builder objectId(String objectId) {
            this.objectId = objectId;
            return this;
        }

        /**
         * Sets {@code objectType}: the type of the object acted on, e.g. {@code Assignment}.
         *
         * @param objectType the value
         * @return this builder
         */
        public Builder objectType(String objectType) {
            this.objectType = objectType;
            return this;
        }

        /**
         * Sets {@code status}: the status; clears {@code statusWire}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(ReviewActionStatus status) {
            this.status = status;
            this.statusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code status}, as read from a response; clears the enum, which the record
         * derives with {@code ReviewActionStatus.fromWire}.
         *
         * @param statusWire the wire string
         * @return this builder
         */
        public Builder statusWire(String statusWire) {
            this.status = null;
            this.statusWire = statusWire;
            return this;
        }

        /**
         * Sets {@code completeTime}: when the action completed.
         *
         * @param completeTime the value
         * @return this builder
         */
        public Builder completeTime(Instant completeTime) {
            this.completeTime = completeTime;
            return this;
        }

        /**
         * Sets {@code result}: a description of the result.
         *
         * @param result the value
         * @return this builder
         */
        public Builder result(String result) {
            this.result = result;
            return this;
        }

        /**
         * Sets {@code errorCode}: the error code if the action failed.
         *
         * @param errorCode the value
         * @return this builder
         */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public ReviewAction build() {
            return new ReviewAction(actionId, actionName, objectId, objectType, status, statusWire, completeTime,
                    result, errorCode);
        }
    }
}
