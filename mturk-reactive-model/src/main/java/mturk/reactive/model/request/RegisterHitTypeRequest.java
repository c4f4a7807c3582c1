package mturk.reactive.model.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.Limits;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;

/**
 * The parameters of {@code RegisterHITType}: the properties shared by the HITs of one type. Registering identical
 * properties again returns the existing type id. Unset optional fields are not sent (the service's auto-approval
 * delay default is 30 days).
 *
 * <p>Limits: title 1..128 characters, description 1..2000, keywords at most 1000, reward at least 0 with at most 2
 * decimals, assignment duration 30 s..365 days, auto-approval delay 0..30 days, at most 10 qualification
 * requirements.
 *
 * @param title the title; required
 * @param description the description; required
 * @param reward the reward per assignment; required
 * @param assignmentDuration the time a worker has per assignment; required
 * @param keywords the comma-separated keywords, or null
 * @param autoApprovalDelay the delay before submitted work is approved automatically, or null
 * @param qualificationRequirements the requirements (at most 10)
 */
public record RegisterHitTypeRequest(String title,
                                     String description,
                                     Price reward,
                                     Duration assignmentDuration,
                                     String keywords,
                                     Duration autoApprovalDelay,
                                     List<QualificationRequirement> qualificationRequirements) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param title the title; required
     * @param description the description; required
     * @param reward the reward per assignment; required
     * @param assignmentDuration the time a worker has per assignment; required
     * @param keywords the comma-separated keywords, or null
     * @param autoApprovalDelay the delay before submitted work is approved automatically, or null
     * @param qualificationRequirements the requirements (at most 10)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public RegisterHitTypeRequest {
        qualificationRequirements = qualificationRequirements == null ? List.of()
                : List.copyOf(Limits.noNullElements("qualificationRequirements", qualificationRequirements));
        RequestRules.hitTypeProperties(title, description, reward, keywords);
        Limits.requireNonNull("assignmentDuration", assignmentDuration);
        Limits.seconds("assignmentDuration", assignmentDuration, Limits.DURATION_MIN, Limits.DURATION_MAX);
        Limits.seconds("autoApprovalDelay", autoApprovalDelay, Duration.ZERO, Limits.AUTO_APPROVAL_DELAY_MAX);
        RequestRules.requirements(qualificationRequirements);
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
        b.title = title;
        b.description = description;
        b.reward = reward;
        b.assignmentDuration = assignmentDuration;
        b.keywords = keywords;
        b.autoApprovalDelay = autoApprovalDelay;
        b.qualificationRequirements.addAll(qualificationRequirements);
        return b;
    }

    /** Builder of {@link RegisterHitTypeRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String title;
        private String description;
        private Price reward;
        private Duration assignmentDuration;
        private String keywords;
        private Duration autoApprovalDelay;
        private final ArrayList<QualificationRequirement> qualificationRequirements = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code title}: the title; required.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
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
         * Sets {@code reward}: the reward per assignment; required.
         *
         * @param reward the value
         * @return this builder
         */
        public Builder reward(Price reward) {
            this.reward = reward;
            return this;
        }

        /**
         * Sets {@code assignmentDuration}: the time a worker has per assignment; required.
         *
         * @param assignmentDuration the value
         * @return this builder
         */
        public Builder assignmentDuration(Duration assignmentDuration) {
            this.assignmentDuration = assignmentDuration;
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
         * Sets {@code autoApprovalDelay}: the delay before submitted work is approved automatically, or null.
         *
         * @param autoApprovalDelay the value
         * @return this builder
         */
        public Builder autoApprovalDelay(Duration autoApprovalDelay) {
            this.autoApprovalDelay = autoApprovalDelay;
            return this;
        }

        /**
         * Replaces {@code qualificationRequirements}: the requirements (at most 10).
         *
         * @param qualificationRequirements the new values; not null
         * @return this builder
         */
        public Builder qualificationRequirements(List<? extends QualificationRequirement> qualificationRequirements) {
            this.qualificationRequirements.clear();
            this.qualificationRequirements.addAll(qualificationRequirements);
            return this;
        }

        /**
         * Appends one entry to {@code qualificationRequirements}.
         *
         * @param qualificationRequirement the entry to append
         * @return this builder
         */
        public Builder qualificationRequirement(QualificationRequirement qualificationRequirement) {
            this.qualificationRequirements.add(qualificationRequirement);
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
        public RegisterHitTypeRequest build() {
            return new RegisterHitTypeRequest(title, description, reward, assignmentDuration, keywords,
                    autoApprovalDelay, qualificationRequirements);
        }
    }
}
