package mturk.reactive.model;

import java.time.Instant;

/**
 * A qualification held by a worker, as returned by {@code GetQualificationScore} and
 * {@code GetQualificationsForQualificationType} ({@code Qualification}). Every component is nullable except as noted.
 *
 * @param qualificationTypeId the qualification type
 * @param subjectId the worker holding the qualification ({@code SubjectId})
 * @param grantTime when the qualification was last granted
 * @param integerValue the integer value, or null
 * @param localeValue the locale value (for the locale type), or null
 * @param status the status ({@code Status}); filled from {@code statusWire} when null
 * @param statusWire the exact wire string of {@code status}; filled from {@code status} when null
 */
public record Qualification(String qualificationTypeId,
                            String subjectId,
                            Instant grantTime,
                            Integer integerValue,
                            LocaleValue localeValue,
                            QualificationStatus status,
                            String statusWire) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param qualificationTypeId the qualification type
     * @param subjectId the worker holding the qualification ({@code SubjectId})
     * @param grantTime when the qualification was last granted
     * @param integerValue the integer value, or null
     * @param localeValue the locale value (for the locale type), or null
     * @param status the status ({@code Status}); filled from {@code statusWire} when null
     * @param statusWire the exact wire string of {@code status}; filled from {@code status} when null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public Qualification {
        status = WireEnums.resolve(status, statusWire, QualificationStatus::fromWire);
        statusWire = WireEnums.wire("status", status, statusWire, QualificationStatus::fromWire);
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
        b.qualificationTypeId = qualificationTypeId;
        b.subjectId = subjectId;
        b.grantTime = grantTime;
        b.integerValue = integerValue;
        b.localeValue = localeValue;
        b.status = status;
        b.statusWire = statusWire;
        return b;
    }

    /** Builder of {@link Qualification}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String qualificationTypeId;
        private String subjectId;
        private Instant grantTime;
        private Integer integerValue;
        private LocaleValue localeValue;
        private QualificationStatus status;
        private String statusWire;

        private Builder() {
        }

        /**
         * Sets {@code qualificationTypeId}: the qualification type.
         *
         * @param qualificationTypeId the value
         * @return this builder
         */
        public Builder qualificationTypeId(String qualificationTypeId) {
            this.qualificationTypeId = qualificationTypeId;
            return this;
        }

        /**
         * Sets {@code subjectId}: the worker holding the qualification ({@code SubjectId}).
         *
         * @param subjectId the value
         * @return this builder
         */
        public Builder subjectId(String subjectId) {
            this.subjectId = subjectId;
            return this;
        }

        /**
         * Sets {@code grantTime}: when the qualification was last granted.
         *
         * @param grantTime the value
         * @return this builder
         */
        public Builder grantTime(Instant grantTime) {
            this.grantTime = grantTime;
            return this;
        }

        /**
         * Sets {@code integerValue}: the integer value, or null.
         *
         * @param integerValue the value
         * @return this builder
         */
        public Builder integerValue(Integer integerValue) {
            this.integerValue = integerValue;
            return this;
        }

        /**
         * Sets {@code localeValue}: the locale value (for the locale type), or null.
         *
         * @param localeValue the value
         * @return this builder
         */
        public Builder localeValue(LocaleValue localeValue) {
            this.localeValue = localeValue;
            return this;
        }

        /**
         * Sets {@code status}: the status ({@code Status}); clears {@code statusWire}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(QualificationStatus status) {
            this.status = status;
            this.statusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code status}, as read from a response; clears the enum, which the record
         * derives with {@code QualificationStatus.fromWire}.
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
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public Qualification build() {
            return new Qualification(qualificationTypeId, subjectId, grantTime, integerValue, localeValue, status,
                    statusWire);
        }
    }
}
