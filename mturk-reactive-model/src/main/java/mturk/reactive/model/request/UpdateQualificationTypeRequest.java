package mturk.reactive.model.request;

import java.time.Duration;
import mturk.reactive.model.Limits;
import mturk.reactive.model.QualificationTypeStatus;

/**
 * The parameters of {@code UpdateQualificationType}; unset fields stay unchanged. The name and keywords cannot be
 * changed, retries cannot be disabled once enabled, and a test cannot be removed.
 *
 * <p>Rules: a {@code test} (at most 65,535 UTF-8 bytes) excludes {@code autoGranted=true}; changing the
 * {@code answerKey} or the {@code testDuration} requires resending the test; {@code autoGrantedValue} needs
 * {@code autoGranted=true}; description at most 2000 characters; durations whole, non-negative seconds.
 *
 * @param qualificationTypeId the type to update; required
 * @param description the new description, or null
 * @param qualificationTypeStatus the new status, or null
 * @param retryDelay the new retry delay, or null
 * @param test the new test {@code QuestionForm} XML, or null
 * @param answerKey the new {@code AnswerKey} XML, or null (needs the test)
 * @param testDuration the new test duration, or null (needs the test)
 * @param autoGranted the new auto-grant flag, or null
 * @param autoGrantedValue the new auto-granted value, or null
 */
public record UpdateQualificationTypeRequest(String qualificationTypeId,
                                             String description,
                                             QualificationTypeStatus qualificationTypeStatus,
                                             Duration retryDelay,
                                             String test,
                                             String answerKey,
                                             Duration testDuration,
                                             Boolean autoGranted,
                                             Integer autoGrantedValue) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param qualificationTypeId the type to update; required
     * @param description the new description, or null
     * @param qualificationTypeStatus the new status, or null
     * @param retryDelay the new retry delay, or null
     * @param test the new test {@code QuestionForm} XML, or null
     * @param answerKey the new {@code AnswerKey} XML, or null (needs the test)
     * @param testDuration the new test duration, or null (needs the test)
     * @param autoGranted the new auto-grant flag, or null
     * @param autoGrantedValue the new auto-granted value, or null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public UpdateQualificationTypeRequest {
        Limits.requireNonBlank("qualificationTypeId", qualificationTypeId);
        Limits.maxLength("description", description, Limits.DESCRIPTION_MAX);
        if (description != null) {
            Limits.requireNonBlank("description", description);
        }
        Limits.known("qualificationTypeStatus", qualificationTypeStatus);
        Limits.nonNegativeSeconds("retryDelay", retryDelay);
        if (test == null) {
            RequestRules.mustBeAbsent("answerKey", answerKey, "without resending test");
            RequestRules.mustBeAbsent("testDuration", testDuration, "without resending test");
        }
        QualificationTypeRules.test(test, answerKey, testDuration, autoGranted, autoGrantedValue, false);
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
        b.qualificationTypeId = qualificationTypeId;
        b.description = description;
        b.qualificationTypeStatus = qualificationTypeStatus;
        b.retryDelay = retryDelay;
        b.test = test;
        b.answerKey = answerKey;
        b.testDuration = testDuration;
        b.autoGranted = autoGranted;
        b.autoGrantedValue = autoGrantedValue;
        return b;
    }

    /** Builder of {@link UpdateQualificationTypeRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String qualificationTypeId;
        private String description;
        private QualificationTypeStatus qualificationTypeStatus;
        private Duration retryDelay;
        private String test;
        private String answerKey;
        private Duration testDuration;
        private Boolean autoGranted;
        private Integer autoGrantedValue;

        private Builder() {
        }

        /**
         * Sets {@code qualificationTypeId}: the type to update; required.
         *
         * @param qualificationTypeId the value
         * @return this builder
         */
        public Builder qualificationTypeId(String qualificationTypeId) {
            this.qualificationTypeId = qualificationTypeId;
            return this;
        }

        /**
         * Sets {@code description}: the new description, or null.
         *
         * @param description the value
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code qualificationTypeStatus}: the new status, or null.
         *
         * @param qualificationTypeStatus the value
         * @return this builder
         */
        public Builder qualificationTypeStatus(QualificationTypeStatus qualificationTypeStatus) {
            this.qualificationTypeStatus = qualificationTypeStatus;
            return this;
        }

        /**
         * Sets {@code retryDelay}: the new retry delay, or null.
         *
         * @param retryDelay the value
         * @return this builder
         */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
            return this;
        }

        /**
         * Sets {@code test}: the new test {@code QuestionForm} XML, or null.
         *
         * @param test the value
         * @return this builder
         */
        public Builder test(String test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code answerKey}: the new {@code AnswerKey} XML, or null (needs the test).
         *
         * @param answerKey the value
         * @return this builder
         */
        public Builder answerKey(String answerKey) {
            this.answerKey = answerKey;
            return this;
        }

        /**
         * Sets {@code testDuration}: the new test duration, or null (needs the test).
         *
         * @param testDuration the value
         * @return this builder
         */
        public Builder testDuration(Duration testDuration) {
            this.testDuration = testDuration;
            return this;
        }

        /**
         * Sets {@code autoGranted}: the new auto-grant flag, or null.
         *
         * @param autoGranted the value
         * @return this builder
         */
        public Builder autoGranted(Boolean autoGranted) {
            this.autoGranted = autoGranted;
            return this;
        }

        /**
         * Sets {@code autoGrantedValue}: the new auto-granted value, or null.
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
        public UpdateQualificationTypeRequest build() {
            return new UpdateQualificationTypeRequest(qualificationTypeId, description, qualificationTypeStatus,
                    retryDelay, test, answerKey, testDuration, autoGranted, autoGrantedValue);
        }
    }
}
