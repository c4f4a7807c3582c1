package mturk.reactive.model;

import java.time.Instant;

/**
 * A bonus paid to a worker, as returned by {@code GetBonusPayments} ({@code BonusPayment}). Every component is
 * nullable.
 *
 * @param workerId the worker paid
 * @param bonusAmount the amount paid
 * @param assignmentId the assignment the bonus is for
 * @param reason the reason shown to the worker
 * @param grantTime when the bonus was granted
 */
public record BonusPayment(String workerId,
                           Price bonusAmount,
                           String assignmentId,
                           String reason,
                           Instant grantTime) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param workerId the worker paid
     * @param bonusAmount the amount paid
     * @param assignmentId the assignment the bonus is for
     * @param reason the reason shown to the worker
     * @param grantTime when the bonus was granted
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public BonusPayment {
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
        b.workerId = workerId;
        b.bonusAmount = bonusAmount;
        b.assignmentId = assignmentId;
        b.reason = reason;
        b.grantTime = grantTime;
        return b;
    }

    /** Builder of {@link BonusPayment}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String workerId;
        private Price bonusAmount;
        private String assignmentId;
        private String reason;
        private Instant grantTime;

        private Builder() {
        }

        /**
         * Sets {@code workerId}: the worker paid.
         *
         * @param workerId the value
         * @return this builder
         */
        public Builder workerId(String workerId) {
            this.workerId = workerId;
            return this;
        }

        /**
         * Sets {@code bonusAmount}: the amount paid.
         *
         * @param bonusAmount the value
         * @return this builder
         */
        public Builder bonusAmount(Price bonusAmount) {
            this.bonusAmount = bonusAmount;
            return this;
        }

        /**
         * Sets {@code assignmentId}: the assignment the bonus is for.
         *
         * @param assignmentId the value
         * @return this builder
         */
        public Builder assignmentId(String assignmentId) {
            this.assignmentId = assignmentId;
            return this;
        }

        /**
         * Sets {@code reason}: the reason shown to the worker.
         *
         * @param reason the value
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Sets {@code grantTime}: when the bonus was granted.
         *
         * @param grantTime the value
         * @return this builder
         */
        public Builder grantTime(Instant grantTime) {
            this.grantTime = grantTime;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public BonusPayment build() {
            return new BonusPayment(workerId, bonusAmount, assignmentId, reason, grantTime);
        }
    }
}
