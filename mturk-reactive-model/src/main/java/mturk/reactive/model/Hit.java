package mturk.reactive.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A HIT as returned by {@code CreateHIT}, {@code GetHIT}, {@code SearchHITs}, {@code GetReviewableHITs},
 * {@code GetHITsForQualificationType} and {@code GetAssignment} ({@code HIT}).
 *
 * <p>Every component is nullable except the list, because response groups decide which fields the service sends
 * (the {@code Minimal} group carries only the ids; assignment counts come only with {@code HITAssignmentSummary}).
 * Readers build it field by field with {@link #builder()}.
 *
 * @param hitId the HIT id ({@code HITId})
 * @param hitTypeId the HIT type id ({@code HITTypeId})
 * @param hitGroupId the HIT group id ({@code HITGroupId})
 * @param hitLayoutId the layout the question was generated from ({@code HITLayoutId}), or null
 * @param creationTime when the HIT was created
 * @param title the title (at most 128 characters)
 * @param description the description (at most 2000 characters)
 * @param question the raw question XML (QuestionForm, ExternalQuestion or HTMLQuestion), already unescaped
 * @param keywords the comma-separated keywords, as sent by the service
 * @param hitStatus the status ({@code HITStatus}); filled from {@code hitStatusWire} when null
 * @param hitStatusWire the exact wire string of {@code hitStatus}; filled from {@code hitStatus} when null
 * @param maxAssignments how many workers may complete the HIT
 * @param reward the reward per assignment
 * @param autoApprovalDelay how long after submission an assignment is approved automatically ({@code
 *   AutoApprovalDelayInSeconds})
 * @param expiration when the HIT stops being available to workers
 * @param assignmentDuration how long a worker has to complete an assignment ({@code AssignmentDurationInSeconds})
 * @param requesterAnnotation the requester's private note (at most 255 characters)
 * @param qualificationRequirements the requirements a worker must meet, in response order
 * @param hitReviewStatus Amazon's content review status ({@code HITReviewStatus}); filled from {@code
 *   hitReviewStatusWire} when null
 * @param hitReviewStatusWire the exact wire string of {@code hitReviewStatus}; filled from {@code hitReviewStatus}
 *   when null
 * @param numberOfAssignmentsPending assignments accepted or previewed but not yet submitted, returned or abandoned
 * @param numberOfAssignmentsAvailable assignments still available to workers
 * @param numberOfAssignmentsCompleted assignments approved or rejected
 */
public record Hit(String hitId,
                  String hitTypeId,
                  String hitGroupId,
                  String hitLayoutId,
                  Instant creationTime,
                  String title,
                  String description,
                  String question,
                  String keywords,
                  HitStatus hitStatus,
                  String hitStatusWire,
                  Integer maxAssignments,
                  Price reward,
                  Duration autoApprovalDelay,
                  Instant expiration,
                  Duration assignmentDuration,
                  String requesterAnnotation,
                  List<QualificationRequirement> qualificationRequirements,
                  HitReviewStatus hitReviewStatus,
                  String hitReviewStatusWire,
                  Integer numberOfAssignmentsPending,
                  Integer numberOfAssignmentsAvailable,
                  Integer numberOfAssignmentsCompleted) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param hitId the HIT id ({@code HITId})
     * @param hitTypeId the HIT type id ({@code HITTypeId})
     * @param hitGroupId the HIT group id ({@code HITGroupId})
     * @param hitLayoutId the layout the question was generated from ({@code HITLayoutId}), or null
     * @param creationTime when the HIT was created
     * @param title the title (at most 128 characters)
     * @param description the description (at most 2000 characters)
     * @param question the raw question XML (QuestionForm, ExternalQuestion or HTMLQuestion), already unescaped
     * @param keywords the comma-separated keywords, as sent by the service
     * @param hitStatus the status ({@code HITStatus}); filled from {@code hitStatusWire} when null
     * @param hitStatusWire the exact wire string of {@code hitStatus}; filled from {@code hitStatus} when null
     * @param maxAssignments how many workers may complete the HIT
     * @param reward the reward per assignment
     * @param autoApprovalDelay how long after submission an assignment is approved automatically ({@code
     *   AutoApprovalDelayInSeconds})
     * @param expiration when the HIT stops being available to workers
     * @param assignmentDuration how long a worker has to complete an assignment ({@code AssignmentDurationInSeconds})
     * @param requesterAnnotation the requester's private note (at most 255 characters)
     * @param qualificationRequirements the requirements a worker must meet, in response order
     * @param hitReviewStatus Amazon's content review status ({@code HITReviewStatus}); filled from {@code
     *   hitReviewStatusWire} when null
     * @param hitReviewStatusWire the exact wire string of {@code hitReviewStatus}; filled from {@code
     *   hitReviewStatus} when null
     * @param numberOfAssignmentsPending assignments accepted or previewed but not yet submitted, returned or
     *   abandoned
     * @param numberOfAssignmentsAvailable assignments still available to workers
     * @param numberOfAssignmentsCompleted assignments approved or rejected
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public Hit {
        hitStatus = WireEnums.resolve(hitStatus, hitStatusWire, HitStatus::fromWire);
        hitStatusWire = WireEnums.wire("hitStatus", hitStatus, hitStatusWire, HitStatus::fromWire);
        qualificationRequirements = qualificationRequirements == null ? List.of()
                : List.copyOf(Limits.noNullElements("qualificationRequirements", qualificationRequirements));
        hitReviewStatus = WireEnums.resolve(hitReviewStatus, hitReviewStatusWire, HitReviewStatus::fromWire);
        hitReviewStatusWire = WireEnums.wire("hitReviewStatus", hitReviewStatus, hitReviewStatusWire,
                HitReviewStatus::fromWire);
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
        b.hitId = hitId;
        b.hitTypeId = hitTypeId;
        b.hitGroupId = hitGroupId;
        b.hitLayoutId = hitLayoutId;
        b.creationTime = creationTime;
        b.title = title;
        b.description = description;
        b.question = question;
        b.keywords = keywords;
        b.hitStatus = hitStatus;
        b.hitStatusWire = hitStatusWire;
        b.maxAssignments = maxAssignments;
        b.reward = reward;
        b.autoApprovalDelay = autoApprovalDelay;
        b.expiration = expiration;
        b.assignmentDuration = assignmentDuration;
        b.requesterAnnotation = requesterAnnotation;
        b.qualificationRequirements.addAll(qualificationRequirements);
        b.hitReviewStatus = hitReviewStatus;
        b.hitReviewStatusWire = hitReviewStatusWire;
        b.numberOfAssignmentsPending = numberOfAssignmentsPending;
        b.numberOfAssignmentsAvailable = numberOfAssignmentsAvailable;
        b.numberOfAssignmentsCompleted = numberOfAssignmentsCompleted;
        return b;
    }

    /**
     * Whether the HIT has expired at the clock's current instant: its {@code Expiration} is not after now.
     * A HIT whose response did not carry {@code Expiration} (for example the {@code Minimal} response group) is
     * reported as not expired; check {@link #expiration()} for null to tell the cases apart.
     *
     * @param clock the clock to read "now" from; not null
     * @return true if the expiration is known and not after now
     */
    public boolean isExpired(Clock clock) {
        return expiration != null && !expiration.isAfter(clock.instant());
    }

    /**
     * The keywords split at commas, trimmed, without empty entries.
     *
     * @return the keywords; empty when there are none
     */
    public List<String> keywordList() {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** Builder of {@link Hit}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitId;
        private String hitTypeId;
        private String hitGroupId;
        private String hitLayoutId;
        private Instant creationTime;
        private String title;
        private String description;
        private String question;
        private String keywords;
        private HitStatus hitStatus;
        private String hitStatusWire;
        private Integer maxAssignments;
        private Price reward;
        private Duration autoApprovalDelay;
        private Instant expiration;
        private Duration assignmentDuration;
        private String requesterAnnotation;
        private final ArrayList<QualificationRequirement> qualificationRequirements = new ArrayList<>();
        private HitReviewStatus hitReviewStatus;
        private String hitReviewStatusWire;
        private Integer numberOfAssignmentsPending;
        private Integer numberOfAssignmentsAvailable;
        private Integer numberOfAssignmentsCompleted;

        private Builder() {
        }

        /**
         * Sets {@code hitId}: the HIT id ({@code HITId}).
         *
         * @param hitId the value
         * @return this builder
         */
        public Builder hitId(String hitId) {
            this.hitId = hitId;
            return this;
        }

        /**
         * Sets {@code hitTypeId}: the HIT type id ({@code HITTypeId}).
         *
         * @param hitTypeId the value
         * @return this builder
         */
        public Builder hitTypeId(String hitTypeId) {
            this.hitTypeId = hitTypeId;
            return this;
        }

        /**
         * Sets {@code hitGroupId}: the HIT group id ({@code HITGroupId}).
         *
         * @param hitGroupId the value
         * @return this builder
         */
        public Builder hitGroupId(String hitGroupId) {
            this.hitGroupId = hitGroupId;
            return this;
        }

        /**
         * Sets {@code hitLayoutId}: the layout the question was generated from ({@code HITLayoutId}), or null.
         *
         * @param hitLayoutId the value
         * @return this builder
         */
        public Builder hitLayoutId(String hitLayoutId) {
            this.hitLayoutId = hitLayoutId;
            return this;
        }

        /**
         * Sets {@code creationTime}: when the HIT was created.
         *
         * @param creationTime the value
         * @return this builder
         */
        public Builder creationTime(Instant creationTime) {
            this.creationTime = creationTime;
            return this;
        }

        /**
         * Sets {@code title}: the title (at most 128 characters).
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
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
         * Sets {@code question}: the raw question XML (QuestionForm, ExternalQuestion or HTMLQuestion), already
         * unescaped.
         *
         * @param question the value
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * Sets {@code keywords}: the comma-separated keywords, as sent by the service.
         *
         * @param keywords the value
         * @return this builder
         */
        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /**
         * Sets {@code hitStatus}: the status ({@code HITStatus}); clears {@code hitStatusWire}.
         *
         * @param hitStatus the value
         * @return this builder
         */
        public Builder hitStatus(HitStatus hitStatus) {
            this.hitStatus = hitStatus;
            this.hitStatusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code hitStatus}, as read from a response; clears the enum, which the record
         * derives with {@code HitStatus.fromWire}.
         *
         * @param hitStatusWire the wire string
         * @return this builder
         */
        public Builder hitStatusWire(String hitStatusWire) {
            this.hitStatus = null;
            this.hitStatusWire = hitStatusWire;
            return this;
        }

        /**
         * Sets {@code maxAssignments}: how many workers may complete the HIT.
         *
         * @param maxAssignments the value
         * @return this builder
         */
        public Builder maxAssignments(Integer maxAssignments) {
            this.maxAssignments = maxAssignments;
            return this;
        }

        /**
         * Sets {@code reward}: the reward per assignment.
         *
         * @param reward the value
         * @return this builder
         */
        public Builder reward(Price reward) {
            this.reward = reward;
            return this;
        }

        /**
         * Sets {@code autoApprovalDelay}: how long after submission an assignment is approved automatically ({@code
         * AutoApprovalDelayInSeconds}).
         *
         * @param autoApprovalDelay the value
         * @return this builder
         */
        public Builder autoApprovalDelay(Duration autoApprovalDelay) {
            this.autoApprovalDelay = autoApprovalDelay;
            return this;
        }

        /**
         * Sets {@code expiration}: when the HIT stops being available to workers.
         *
         * @param expiration the value
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * Sets {@code assignmentDuration}: how long a worker has to complete an assignment ({@code
         * AssignmentDurationInSeconds}).
         *
         * @param assignmentDuration the value
         * @return this builder
         */
        public Builder assignmentDuration(Duration assignmentDuration) {
            this.assignmentDuration = assignmentDuration;
            return this;
        }

        /**
         * Sets {@code requesterAnnotation}: the requester's private note (at most 255 characters).
         *
         * @param requesterAnnotation the value
         * @return this builder
         */
        public Builder requesterAnnotation(String requesterAnnotation) {
            this.requesterAnnotation = requesterAnnotation;
            return this;
        }

        /**
         * Replaces {@code qualificationRequirements}: the requirements a worker must meet, in response order.
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
         * Sets {@code hitReviewStatus}: Amazon's content review status ({@code HITReviewStatus}); clears {@code
         * hitReviewStatusWire}.
         *
         * @param hitReviewStatus the value
         * @return this builder
         */
        public Builder hitReviewStatus(HitReviewStatus hitReviewStatus) {
            this.hitReviewStatus = hitReviewStatus;
            this.hitReviewStatusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code hitReviewStatus}, as read from a response; clears the enum, which the
         * record
         * derives with {@code HitReviewStatus.fromWire}.
         *
         * @param hitReviewStatusWire the wire string
         * @return this builder
         */
        public Builder hitReviewStatusWire(String hitReviewStatusWire) {
            this.hitReviewStatus = null;
            this.hitReviewStatusWire = hitReviewStatusWire;
            return this;
        }

        /**
         * Sets {@code numberOfAssignmentsPending}: assignments accepted or previewed but not yet submitted, returned
         * or abandoned.
         *
         * @param numberOfAssignmentsPending the value
         * @return this builder
         */
        public Builder numberOfAssignmentsPending(Integer numberOfAssignmentsPending) {
            this.numberOfAssignmentsPending = numberOfAssignmentsPending;
            return this;
        }

        /**
         * Sets {@code numberOfAssignmentsAvailable}: assignments still available to workers.
         *
         * @param numberOfAssignmentsAvailable the value
         * @return this builder
         */
        public Builder numberOfAssignmentsAvailable(Integer numberOfAssignmentsAvailable) {
            this.numberOfAssignmentsAvailable = numberOfAssignmentsAvailable;
            return this;
        }

        /**
         * Sets {@code numberOfAssignmentsCompleted}: assignments approved or rejected.
         *
         * @param numberOfAssignmentsCompleted the value
         * @return this builder
         */
        public Builder numberOfAssignmentsCompleted(Integer numberOfAssignmentsCompleted) {
            this.numberOfAssignmentsCompleted = numberOfAssignmentsCompleted;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public Hit build() {
            return new Hit(hitId, hitTypeId, hitGroupId, hitLayoutId, creationTime, title, description, question,
                    keywords, hitStatus, hitStatusWire, maxAssignments, reward, autoApprovalDelay, expiration,
                    assignmentDuration, requesterAnnotation, qualificationRequirements, hitReviewStatus,
                    hitReviewStatusWire, numberOfAssignmentsPending, numberOfAssignmentsAvailable,
                    numberOfAssignmentsCompleted);
        }
    }
}
