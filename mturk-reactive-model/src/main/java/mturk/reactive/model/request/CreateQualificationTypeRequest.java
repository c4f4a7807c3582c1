package mturk.reactive.model.request;

import java.time.Duration;
import java.util.List;
import mturk.reactive.model.Limits;
import mturk.reactive.model.QualificationTypeStatus;

/**
 * The parameters of {@code CreateQualificationType}.
 *
 * <p>Defaults: {@code qualificationTypeStatus} {@code Active}; unset optional fields are not sent. Rules: name and
 * description required (description at most 2000 characters, keywords at most 1000); a {@code test} (at most 65,535
 * UTF-8 bytes) needs a {@code testDuration} and excludes {@code autoGranted=true}; an {@code answerKey} (at most
 * 65,535
 * bytes) needs a test; {@code autoGrantedValue} needs {@code autoGranted=true}; durations are whole, non-negative
 * seconds.
 *
 * @param name the name, unique among the requester's types; required
 * @param description the description; required
 * @param qualificationTypeStatus the initial status; default {@code Active}
 * @param keywords the comma-separated keywords, or null
 * @param retryDelay how long a worker must wait before requesting again; null means no retries
 * @param test the test {@code QuestionForm} XML, or null
 * @param answerKey the {@code AnswerKey} XML that grades the test, or null
 * @param testDuration the time a worker has for the test; required with a test
 * @param autoGranted whether requests are granted immediately without a test; null is not sent
 * @param autoGrantedValue the value granted automatically (service default 1); only with {@code autoGranted}
 */
public record CreateQualificationTypeRequest(String name,
                                             String description,
                                             QualificationTypeStatus qualificationTypeStatus,
                                             String keywords,
                                             Duration retryDelay,
                                             String test,
                                             String answerKey,
                                             Duration testDuration,
                                             Boolean autoGranted,
                                             Integer autoGrantedValue) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param name the name, unique among the requester's types; required
     * @param description the description; required
     * @param qualificationTypeStatus the initial status; default {@code Active}
     * @param keywords the comma-separated keywords, or null
     * @param retryDelay how long a worker must wait before requesting again; null means no retries
     * @param test the test {@code QuestionForm} XML, or null
     * @param answerKey the {@code AnswerKey} XML that grades the test, or null
     * @param testDuration the time a worker has for the test; required with a test
     * @param autoGranted whether requests are granted immediately without a test; null is not sent
     * @param autoGrantedValue the value granted automatically (service default 1); only with {@code autoGranted}
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public CreateQualificationTypeRequest {
        Limits.requireNonBlank("name", name);
        Limits.requireNonBlank("description", description, Limits.DESCRIPTION_MAX);
        qualificationTypeStatus = RequestRules.orDefault(qualificationTypeStatus, QualificationTypeStatus.ACTIVE);
        Limits.known("qualificationTypeStatus", qualificationTypeStatus);
        Limits.maxLength("keywords", keywords, Limits.KEYWORDS_MAX);
        Limits.nonNegativeSeconds("retryDelay", retryDelay);
        QualificationTypeRules.test(test, answerKey, testDuration, autoGranted, autoGrantedValue, true);
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
        b.name = name;
        b.description = description;
        b.qualificationTypeStatus = qualificationTypeStatus;
        b.keywords = keywords;
        b.retryDelay = retryDelay;
        b.test = test;
        b.answerKey = answerKey;
        b.testDuration = testDuration;
        b.autoGranted = autoGranted;
        b.autoGrantedValue = autoGrantedValue;
        return b;
    }

    /** Builder of {@link CreateQualificationTypeRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String name;
        private String description;
        private QualificationTypeStatus qualificationTypeStatus;
        private String keywords;
        private Duration retryDelay;
        private String test;
        private String answerKey;
        private Duration testDuration;
        private Boolean autoGranted;
        private Integer autoGrantedValue;

        private Builder() {
        }

        /**
         * Sets {@code name}: the name, unique among the requester's types; required.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code description}: the description; required.
         *
         * @param description the value
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code qualificationTypeStatus}: the initial status; default {@code Active}.
         *
         * @param qualificationTypeStatus the value
         * @return this builder
         */
        public Builder qualificationTypeStatus(QualificationTypeStatus qualificationTypeStatus) {
            this.qualificationTypeStatus = qualificationTypeStatus;
            return this;
        }

        /**
         * Sets {@code keywords}: the comma-separated keywords, or null.
         *
         * @param keywords the value
         * @return this builder
         */
        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /**
         * Sets {@code retryDelay}: how long a worker must wait before requesting again; null means no retries.
         *
         * @param retryDelay the value
         * @return this builder
         */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
            return this;
        }

        /**
         * Sets {@code test}: the test {@code QuestionForm} XML, or null.
         *
         * @param test the value
         * @return this builder
         */
        public Builder test(String test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code answerKey}: the {@code AnswerKey} XML that grades the test, or null.
         *
         * @param answerKey the value
         * @return this builder
         */
        public Builder answerKey(String answerKey) {
            this.answerKey = answerKey;
            return this;
        }

        /**
         * Sets {@code testDuration}: the time a worker has for the test; required with a test.
         *
         * @param testDuration the value
         * @return this builder
         */
        public Builder testDuration(Duration testDuration) {
            this.testDuration = testDuration;
            return this;
        }

        /**
         * Sets {@code autoGranted}: whether requests are granted immediately without a test; null is not sent.
         *
         * @param autoGranted the value
         * @return this builder
         */
        public Builder autoGranted(Boolean autoGranted) {
            this.autoGranted = autoGranted;
            return this;
        }

        /**
         * Sets {@code autoGrantedValue}: the value granted automatically (service default 1); only with {@code
         * autoGranted}.
         *
         * @param autoGrantedValue the value
         * @return this builder
         */
        public Builder autoGrantedValue(Integer autoGrantedValue) {
            this.autoGrantedValue = autoGrantedValue;
            return this;
        }

        /**
         * Sets {@code keywords} from a list, joined with {@code ", "} as boto2 does.
         *
         * @param keywords the keywords; not null
         * @return this builder
         */
        public Builder keywords(List<String> keywords) {
            this.keywords = RequestRules.joinKeywords(keywords);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public CreateQualificationTypeRequest build() {
            return new CreateQualificationTypeRequest(name, description, qualificationTypeStatus, keywords,
                    retryDelay, test, answerKey, testDuration, autoGranted, autoGrantedValue);
        }
    }
}
