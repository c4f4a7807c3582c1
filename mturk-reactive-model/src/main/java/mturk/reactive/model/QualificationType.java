package mturk.reactive.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A qualification type, as returned by {@code CreateQualificationType}, {@code GetQualificationType},
 * {@code UpdateQualificationType} and {@code SearchQualificationTypes} ({@code QualificationType}).
 * Every component is nullable.
 *
 * @param qualificationTypeId the qualification type id
 * @param creationTime when the type was created
 * @param name the name, unique per requester
 * @param description the description (at most 2000 characters)
 * @param keywords the comma-separated keywords
 * @param qualificationTypeStatus the status; filled from {@code qualificationTypeStatusWire} when null
 * @param qualificationTypeStatusWire the exact wire string of {@code qualificationTypeStatus}; filled from {@code
 *   qualificationTypeStatus} when null
 * @param test the raw test {@code QuestionForm} XML, or null
 * @param testDuration how long a worker has for the test ({@code TestDurationInSeconds})
 * @param answerKey the raw {@code AnswerKey} XML, or null
 * @param retryDelay how long a worker waits before requesting again ({@code RetryDelayInSeconds}); null means no
 *   retries
 * @param isRequestable whether workers can request the type
 * @param autoGranted whether requests are granted immediately
 * @param autoGrantedValue the value granted automatically
 */
public record QualificationType(String qualificationTypeId,
                                Instant creationTime,
                                String name,
                                String description,
                                String keywords,
                                QualificationTypeStatus qualificationTypeStatus,
                                String qualificationTypeStatusWire,
                                String test,
                                Duration testDuration,
                                String answerKey,
                                Duration retryDelay,
                                Boolean isRequestable,
                                Boolean autoGranted,
                                Integer autoGrantedValue) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param qualificationTypeId the qualification type id
     * @param creationTime when the type was created
     * @param name the name, unique per requester
     * @param description the description (at most 2000 characters)
     * @param keywords the comma-separated keywords
     * @param qualificationTypeStatus the status; filled from {@code qualificationTypeStatusWire} when null
     * @param qualificationTypeStatusWire the exact wire string of {@code qualificationTypeStatus}; filled from {@code
     *   qualificationTypeStatus} when null
     * @param test the raw test {@code QuestionForm} XML, or null
     * @param testDuration how long a worker has for the test ({@code TestDurationInSeconds})
     * @param answerKey the raw {@code AnswerKey} XML, or null
     * @param retryDelay how long a worker waits before requesting again ({@code RetryDelayInSeconds}); null means no
     *   retries
     * @param isRequestable whether workers can request the type
     * @param autoGranted whether requests are granted immediately
     * @param autoGrantedValue the value granted automatically
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public QualificationType {
        qualificationTypeStatus = WireEnums.resolve(qualificationTypeStatus, qualificationTypeStatusWire,
                QualificationTypeStatus::fromWire);
        qualificationTypeStatusWire = WireEnums.wire("qualificationTypeStatus", qualificationTypeStatus,
                qualificationTypeStatusWire,
                QualificationTypeStatus::fromWire);
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
        b.creationTime = creationTime;
        b.name = name;
        b.description = description;
        b.keywords = keywords;
        b.qualificationTypeStatus = qualificationTypeStatus;
        b.qualificationTypeStatusWire = qualificationTypeStatusWire;
        b.test = test;
        b.testDuration = testDuration;
        b.answerKey = answerKey;
        b.retryDelay = retryDelay;
        b.isRequestable = isRequestable;
        b.autoGranted = autoGranted;
        b.autoGrantedValue = autoGrantedValue;
        return b;
    }

    /** Builder of {@link QualificationType}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String qualificationTypeId;
        private Instant creationTime;
        private String name;
        private String description;
        private String keywords;
        private QualificationTypeStatus qualificationTypeStatus;
        private String qualificationTypeStatusWire;
        private String test;
        private Duration testDuration;
        private String answerKey;
        private Duration retryDelay;
        private Boolean isRequestable;
        private Boolean autoGranted;
        private Integer autoGrantedValue;

        private Builder() {
        }

        /**
         * Sets {@code qualificationTypeId}: the qualification type id.
         *
         * @param qualificationTypeId the value
         * @return this builder
         */
        public Builder qualificationTypeId(String qualificationTypeId) {
            this.qualificationTypeId = qualificationTypeId;
            return this;
        }

        /**
         * Sets {@code creationTime}: when the type was created.
         *
         * @param creationTime the value
         * @return this builder
         */
        public Builder creationTime(Instant creationTime) {
            this.creationTime = creationTime;
            return this;
        }

        /**
         * Sets {@code name}: the name, unique per requester.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code description}: the description (at most 2000 characters).
         *
         * @param description the value
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code keywords}: the comma-separated keywords.
         *
         * @param keywords the value
         * @return this builder
         */
        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /**
         * Sets {@code qualificationTypeStatus}: the status; clears {@code qualificationTypeStatusWire}.
         *
         * @param qualificationTypeStatus the value
         * @return this builder
         */
        public Builder qualificationTypeStatus(QualificationTypeStatus qualificationTypeStatus) {
            this.qualificationTypeStatus = qualificationTypeStatus;
            this.qualificationTypeStatusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code qualificationTypeStatus}, as read from a response; clears the enum,
         * which the record
         * derives with {@code QualificationTypeStatus.fromWire}.
         *
         * @param qualificationTypeStatusWire the wire string
         * @return this builder
         */
        public Builder qualificationTypeStatusWire(String qualificationTypeStatusWire) {
            this.qualificationTypeStatus = null;
            this.qualificationTypeStatusWire = qualificationTypeStatusWire;
            return this;
        }

        /**
         * Sets {@code test}: the raw test {@code QuestionForm} XML, or null.
         *
         * @param test the value
         * @return this builder
         */
        public Builder test(String test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code testDuration}: how long a worker has for the test ({@code TestDurationInSeconds}).
         *
         * @param testDuration the value
         * @return this builder
         */
        public Builder testDuration(Duration testDuration) {
            this.testDuration = testDuration;
            return this;
        }

        /**
         * Sets {@code answerKey}: the raw {@code AnswerKey} XML, or null.
         *
         * @param answerKey the value
         * @return this builder
         */
        public Builder answerKey(String answerKey) {
            this.answerKey = answerKey;
            return this;
        }

        /**
         * Sets {@code retryDelay}: how long a worker waits before requesting again ({@code RetryDelayInSeconds});
         * null means no retries.
         *
         * @param retryDelay the value
         * @return this builder
         */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
            return this;
        }

        /**
         * Sets {@code isRequestable}: whether workers can request the type.
         *
         * @param isRequestable the value
         * @return this builder
         */
        public Builder isRequestable(Boolean isRequestable) {
            this.isRequestable = isRequestable;
            return this;
        }

        /**
         * Sets {@code autoGranted}: whether requests are granted immediately.
         *
         * @param autoGranted the value
         * @return this builder
         */
        public Builder autoGranted(Boolean autoGranted) {
            this.autoGranted = autoGranted;
            return this;
        }

        /**
         * Sets {@code autoGrantedValue}: the value granted automatically.
         *
         * @param autoGrantedValue the value
         * @return this builder
         */
        public Builder autoGrantedValue(Integer autoGrantedValue) {
            this.autoGrantedValue = autoGrantedValue;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public QualificationType build() {
            return new QualificationType(qualificationTypeId, creationTime, name, description, keywords,
                    qualificationTypeStatus, qualificationTypeStatusWire, test, testDuration, answerKey, retryDelay,
                    isRequestable, autoGranted, autoGrantedValue);
        }
    }
}
