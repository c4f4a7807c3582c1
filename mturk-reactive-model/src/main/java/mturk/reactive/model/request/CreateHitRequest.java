package mturk.reactive.model.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.model.HitLayoutParameter;
import mturk.reactive.model.Limits;
import mturk.reactive.model.Price;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.ReviewPolicy;

/**
 * The parameters of {@code CreateHIT}. A HIT either names an existing type ({@code hitTypeId}) or carries the type
 * properties itself (title, description, reward, assignment duration, and optionally keywords, auto-approval delay
 * and
 * qualification requirements), never both: unlike boto2, which silently ignores the properties when a type is given,
 * mixing them is an error. Its content is either a {@code question} document or a {@code hitLayoutId} with layout
 * parameters.
 *
 * <p>Defaults (boto2's): {@code lifetime} 7 days (604800 s), {@code maxAssignments} 1, and without a
 * {@code hitTypeId} an {@code assignmentDuration} of 7 days. Unset optional fields are not sent, so the service's
 * defaults apply (auto-approval delay 30 days). The client fills {@code uniqueRequestToken} itself when it is unset,
 * so that retries are safe.
 *
 * <p>Limits: title 1..128 characters, description 1..2000, keywords at most 1000, reward at least 0 with at most 2
 * decimals, assignment duration and lifetime 30 s..365 days, auto-approval delay 0..30 days, max assignments
 * 1..1,000,000,000, at most 10 qualification requirements and 25 layout parameters, question at most 65,535 UTF-8
 * bytes, requester annotation at most 255 characters, unique request token at most 64 characters; review policies
 * carry their level's policy name, {@code ExtendMaximumAssignments} 2..25 and {@code ExtendMinimumTimeInSeconds}
 * 3600..31,536,000.
 *
 * @param hitTypeId an existing HIT type ({@code HITTypeId}); excludes the type properties
 * @param title the title; required without {@code hitTypeId}
 * @param description the description; required without {@code hitTypeId}
 * @param reward the reward per assignment; required without {@code hitTypeId}
 * @param assignmentDuration the time a worker has per assignment; default 7 days without {@code hitTypeId}
 * @param keywords the comma-separated keywords, or null
 * @param autoApprovalDelay the delay before submitted work is approved automatically, or null for the service default
 *   (30 days)
 * @param qualificationRequirements the requirements (at most 10), only without {@code hitTypeId}
 * @param question the question XML (QuestionForm, ExternalQuestion or HTMLQuestion); excludes {@code hitLayoutId}
 * @param hitLayoutId the layout to generate the question from; excludes {@code question}
 * @param layoutParameters the layout's placeholder values (at most 25), only with {@code hitLayoutId}
 * @param lifetime how long the HIT is available to workers; default 7 days
 * @param maxAssignments how many workers may complete the HIT; default 1
 * @param assignmentReviewPolicy the assignment review policy ({@code ScoreMyKnownAnswers/2011-09-01}), or null
 * @param hitReviewPolicy the HIT review policy ({@code SimplePlurality/2011-09-01}), or null
 * @param requesterAnnotation a private note, or null
 * @param uniqueRequestToken the idempotency token, or null to let the client generate one
 * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
 *   service's defaults apply
 */
public record CreateHitRequest(String hitTypeId,
                               String title,
                               String description,
                               Price reward,
                               Duration assignmentDuration,
                               String keywords,
                               Duration autoApprovalDelay,
                               List<QualificationRequirement> qualificationRequirements,
                               String question,
                               String hitLayoutId,
                               List<HitLayoutParameter> layoutParameters,
                               Duration lifetime,
                               Integer maxAssignments,
                               ReviewPolicy assignmentReviewPolicy,
                               ReviewPolicy hitReviewPolicy,
                               String requesterAnnotation,
                               String uniqueRequestToken,
                               List<ResponseGroup> responseGroups) {

    /**
     * Applies the defaults and validates every documented limit.
     *
     * @param hitTypeId an existing HIT type ({@code HITTypeId}); excludes the type properties
     * @param title the title; required without {@code hitTypeId}
     * @param description the description; required without {@code hitTypeId}
     * @param reward the reward per assignment; required without {@code hitTypeId}
     * @param assignmentDuration the time a worker has per assignment; default 7 days without {@code hitTypeId}
     * @param keywords the comma-separated keywords, or null
     * @param autoApprovalDelay the delay before submitted work is approved automatically, or null for the service
     *   default (30 days)
     * @param qualificationRequirements the requirements (at most 10), only without {@code hitTypeId}
     * @param question the question XML (QuestionForm, ExternalQuestion or HTMLQuestion); excludes {@code hitLayoutId}
     * @param hitLayoutId the layout to generate the question from; excludes {@code question}
     * @param layoutParameters the layout's placeholder values (at most 25), only with {@code hitLayoutId}
     * @param lifetime how long the HIT is available to workers; default 7 days
     * @param maxAssignments how many workers may complete the HIT; default 1
     * @param assignmentReviewPolicy the assignment review policy ({@code ScoreMyKnownAnswers/2011-09-01}), or null
     * @param hitReviewPolicy the HIT review policy ({@code SimplePlurality/2011-09-01}), or null
     * @param requesterAnnotation a private note, or null
     * @param uniqueRequestToken the idempotency token, or null to let the client generate one
     * @param responseGroups the response groups ({@code ResponseGroup.N}); empty (the default) sends none, so the
     *   service's defaults apply
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public CreateHitRequest {
        qualificationRequirements = qualificationRequirements == null ? List.of()
                : List.copyOf(Limits.noNullElements("qualificationRequirements", qualificationRequirements));
        layoutParameters = layoutParameters == null ? List.of()
                : List.copyOf(Limits.noNullElements("layoutParameters", layoutParameters));
        responseGroups = responseGroups == null ? List.of()
                : List.copyOf(Limits.noNullElements("responseGroups", responseGroups));
        lifetime = RequestRules.orDefault(lifetime, DEFAULT_LIFETIME);
        Limits.seconds("lifetime", lifetime, Limits.DURATION_MIN, Limits.DURATION_MAX);
        maxAssignments = RequestRules.orDefault(maxAssignments, DEFAULT_MAX_ASSIGNMENTS);
        Limits.range("maxAssignments", maxAssignments, Limits.MAX_ASSIGNMENTS_MIN, Limits.MAX_ASSIGNMENTS_MAX);
        if (hitTypeId != null) {
            Limits.requireNonBlank("hitTypeId", hitTypeId);
            String because = "together with hitTypeId";
            RequestRules.mustBeAbsent("title", title, because);
            RequestRules.mustBeAbsent("description", description, because);
            RequestRules.mustBeAbsent("reward", reward, because);
            RequestRules.mustBeAbsent("assignmentDuration", assignmentDuration, because);
            RequestRules.mustBeAbsent("keywords", keywords, because);
            RequestRules.mustBeAbsent("autoApprovalDelay", autoApprovalDelay, because);
            RequestRules.mustBeEmpty("qualificationRequirements", qualificationRequirements, because);
        } else {
            RequestRules.hitTypeProperties(title, description, reward, keywords);
            assignmentDuration = RequestRules.orDefault(assignmentDuration, DEFAULT_ASSIGNMENT_DURATION);
            Limits.seconds("assignmentDuration", assignmentDuration, Limits.DURATION_MIN, Limits.DURATION_MAX);
            Limits.seconds("autoApprovalDelay", autoApprovalDelay, Duration.ZERO, Limits.AUTO_APPROVAL_DELAY_MAX);
            RequestRules.requirements(qualificationRequirements);
        }
        if (question == null && hitLayoutId == null) {
            throw new IllegalArgumentException("either question or hitLayoutId must be set, was neither");
        }
        if (question != null) {
            RequestRules.mustBeAbsent("hitLayoutId", hitLayoutId, "together with question");
            Limits.requireNonBlank("question", question);
            Limits.maxUtf8Bytes("question", question, Limits.XML_DOCUMENT_MAX_BYTES);
            RequestRules.mustBeEmpty("layoutParameters", layoutParameters, "without hitLayoutId");
        } else {
            Limits.requireNonBlank("hitLayoutId", hitLayoutId);
            Limits.maxSize("layoutParameters", layoutParameters, Limits.LAYOUT_PARAMETERS_MAX);
        }
        Limits.maxLength("requesterAnnotation", requesterAnnotation, Limits.REQUESTER_ANNOTATION_MAX);
        RequestRules.reviewPolicy("assignmentReviewPolicy", assignmentReviewPolicy,
                ReviewPolicy.SCORE_MY_KNOWN_ANSWERS);
        RequestRules.reviewPolicy("hitReviewPolicy", hitReviewPolicy, ReviewPolicy.SIMPLE_PLURALITY);
        RequestRules.token(uniqueRequestToken);
        responseGroups.forEach(g -> Limits.known("responseGroups", g));
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
        b.hitTypeId = hitTypeId;
        b.title = title;
        b.description = description;
        b.reward = reward;
        b.assignmentDuration = assignmentDuration;
        b.keywords = keywords;
        b.autoApprovalDelay = autoApprovalDelay;
        b.qualificationRequirements.addAll(qualificationRequirements);
        b.question = question;
        b.hitLayoutId = hitLayoutId;
        b.layoutParameters.addAll(layoutParameters);
        b.lifetime = lifetime;
        b.maxAssignments = maxAssignments;
        b.assignmentReviewPolicy = assignmentReviewPolicy;
        b.hitReviewPolicy = hitReviewPolicy;
        b.requesterAnnotation = requesterAnnotation;
        b.uniqueRequestToken = uniqueRequestToken;
        b.responseGroups.addAll(responseGroups);
        return b;
    }

    /** The default lifetime, boto2's: 7 days. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    /** The default assignment duration without a HIT type, boto2's: 7 days. */
    public static final Duration DEFAULT_ASSIGNMENT_DURATION = Duration.ofDays(7);
    /** The default number of assignments, boto2's and the service's: 1. */
    public static final int DEFAULT_MAX_ASSIGNMENTS = 1;

    /**
     * A copy carrying the given idempotency token, as the client does before the first attempt.
     *
     * @param token the token, at most 64 characters
     * @return the copy
     */
    public CreateHitRequest withUniqueRequestToken(String token) {
        return toBuilder().uniqueRequestToken(token).build();
    }

    /** Builder of {@link CreateHitRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String hitTypeId;
        private String title;
        private String description;
        private Price reward;
        private Duration assignmentDuration;
        private String keywords;
        private Duration autoApprovalDelay;
        private final ArrayList<QualificationRequirement> qualificationRequirements = new ArrayList<>();
        private String question;
        private String hitLayoutId;
        private final ArrayList<HitLayoutParameter> layoutParameters = new ArrayList<>();
        private Duration lifetime;
        private Integer maxAssignments;
        private ReviewPolicy assignmentReviewPolicy;
        private ReviewPolicy hitReviewPolicy;
        private String requesterAnnotation;
        private String uniqueRequestToken;
        private final ArrayList<ResponseGroup> responseGroups = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code hitTypeId}: an existing HIT type ({@code HITTypeId}); excludes the type properties.
         *
         * @param hitTypeId the value
         * @return this builder
         */
        public Builder hitTypeId(String hitTypeId) {
            this.hitTypeId = hitTypeId;
            return this;
        }

        /**
         * Sets {@code title}: the title; required without {@code hitTypeId}.
         *
         * @param title the value
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code description}: the description; required without {@code hitTypeId}.
         *
         * @param description the value
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code reward}: the reward per assignment; required without {@code hitTypeId}.
         *
         * @param reward the value
         * @return this builder
         */
        public Builder reward(Price reward) {
            this.reward = reward;
            return this;
        }

        /**
         * Sets {@code assignmentDuration}: the time a worker has per assignment; default 7 days without {@code
         * hitTypeId}.
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
         * Sets {@code autoApprovalDelay}: the delay before submitted work is approved automatically, or null for the
         * service default (30 days).
         *
         * @param autoApprovalDelay the value
         * @return this builder
         */
        public Builder autoApprovalDelay(Duration autoApprovalDelay) {
            this.autoApprovalDelay = autoApprovalDelay;
            return this;
        }

        /**
         * Replaces {@code qualificationRequirements}: the requirements (at most 10), only without {@code hitTypeId}.
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
         * Sets {@code question}: the question XML (QuestionForm, ExternalQuestion or HTMLQuestion); excludes {@code
         * hitLayoutId}.
         *
         * @param question the value
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * Sets {@code hitLayoutId}: the layout to generate the question from; excludes {@code question}.
         *
         * @param hitLayoutId the value
         * @return this builder
         */
        public Builder hitLayoutId(String hitLayoutId) {
            this.hitLayoutId = hitLayoutId;
            return this;
        }

        /**
         * Replaces {@code layoutParameters}: the layout's placeholder values (at most 25), only with {@code
         * hitLayoutId}.
         *
         * @param layoutParameters the new values; not null
         * @return this builder
         */
        public Builder layoutParameters(List<? extends HitLayoutParameter> layoutParameters) {
            this.layoutParameters.clear();
            this.layoutParameters.addAll(layoutParameters);
            return this;
        }

        /**
         * Appends one entry to {@code layoutParameters}.
         *
         * @param layoutParameter the entry to append
         * @return this builder
         */
        public Builder layoutParameter(HitLayoutParameter layoutParameter) {
            this.layoutParameters.add(layoutParameter);
            return this;
        }

        /**
         * Sets {@code lifetime}: how long the HIT is available to workers; default 7 days.
         *
         * @param lifetime the value
         * @return this builder
         */
        public Builder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /**
         * Sets {@code maxAssignments}: how many workers may complete the HIT; default 1.
         *
         * @param maxAssignments the value
         * @return this builder
         */
        public Builder maxAssignments(Integer maxAssignments) {
            this.maxAssignments = maxAssignments;
            return this;
        }

        /**
         * Sets {@code assignmentReviewPolicy}: the assignment review policy ({@code ScoreMyKnownAnswers/2011-09-01}),
         * or null.
         *
         * @param assignmentReviewPolicy the value
         * @return this builder
         */
        public Builder assignmentReviewPolicy(ReviewPolicy assignmentReviewPolicy) {
            this.assignmentReviewPolicy = assignmentReviewPolicy;
            return this;
        }

        /**
         * Sets {@code hitReviewPolicy}: the HIT review policy ({@code SimplePlurality/2011-09-01}), or null.
         *
         * @param hitReviewPolicy the value
         * @return this builder
         */
        public Builder hitReviewPolicy(ReviewPolicy hitReviewPolicy) {
            this.hitReviewPolicy = hitReviewPolicy;
            return this;
        }

        /**
         * Sets {@code requesterAnnotation}: a private note, or null.
         *
         * @param requesterAnnotation the value
         * @return this builder
         */
        public Builder requesterAnnotation(String requesterAnnotation) {
            this.requesterAnnotation = requesterAnnotation;
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
         * Replaces {@code responseGroups}: the response groups ({@code ResponseGroup.N}); empty (the default) sends
         * none, so the service's defaults apply.
         *
         * @param responseGroups the new values; not null
         * @return this builder
         */
        public Builder responseGroups(List<? extends ResponseGroup> responseGroups) {
            this.responseGroups.clear();
            this.responseGroups.addAll(responseGroups);
            return this;
        }

        /**
         * Appends one entry to {@code responseGroups}.
         *
         * @param responseGroup the entry to append
         * @return this builder
         */
        public Builder responseGroup(ResponseGroup responseGroup) {
            this.responseGroups.add(responseGroup);
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
        public CreateHitRequest build() {
            return new CreateHitRequest(hitTypeId, title, description, reward, assignmentDuration, keywords,
                    autoApprovalDelay, qualificationRequirements, question, hitLayoutId, layoutParameters, lifetime,
                    maxAssignments, assignmentReviewPolicy, hitReviewPolicy, requesterAnnotation, uniqueRequestToken,
                    responseGroups);
        }
    }
}
