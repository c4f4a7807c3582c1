package mturk.reactive.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mturk.reactive.model.answer.Answer;

/**
 * An assignment: one worker's work on a HIT, as returned by {@code GetAssignmentsForHIT} and {@code GetAssignment}
 * ({@code Assignment}).
 *
 * <p>Every component is nullable except the answer list. The raw answer document is kept next to its typed answers
 * ({@link mturk.reactive.model.answer.FreeTextAnswer}, {@link mturk.reactive.model.answer.SelectionAnswer},
 * {@link mturk.reactive.model.answer.UploadedFileAnswer}); look one up with {@link #answer(String)}.
 *
 * @param assignmentId the assignment id
 * @param workerId the worker who accepted the assignment
 * @param hitId the HIT the assignment belongs to
 * @param assignmentStatus the status; filled from {@code assignmentStatusWire} when null
 * @param assignmentStatusWire the exact wire string of {@code assignmentStatus}; filled from {@code assignmentStatus}
 *   when null
 * @param autoApprovalTime when the assignment will be approved automatically; absent before submission
 * @param acceptTime when the worker accepted the assignment
 * @param submitTime when the worker submitted the assignment
 * @param approvalTime when the assignment was approved; only if approved
 * @param rejectionTime when the assignment was rejected; only if rejected
 * @param deadline the accept time plus the assignment duration
 * @param answerXml the raw {@code QuestionFormAnswers} document, already unescaped; may be empty
 * @param answers the typed answers parsed from {@code answerXml}, in document order
 * @param requesterFeedback the requester's feedback (only with the {@code AssignmentFeedback} response group)
 */
public record Assignment(String assignmentId,
                         String workerId,
                         String hitId,
                         AssignmentStatus assignmentStatus,
                         String assignmentStatusWire,
                         Instant autoApprovalTime,
                         Instant acceptTime,
                         Instant submitTime,
                         Instant approvalTime,
                         Instant rejectionTime,
                         Instant deadline,
                         String answerXml,
                         List<Answer> answers,
                         String requesterFeedback) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param assignmentId the assignment id
     * @param workerId the worker who accepted the assignment
     * @param hitId the HIT the assignment belongs to
     * @param assignmentStatus the status; filled from {@code assignmentStatusWire} when null
     * @param assignmentStatusWire the exact wire string of {@code assignmentStatus}; filled from {@code
     *   assignmentStatus} when null
     * @param autoApprovalTime when the assignment will be approved automatically; absent before submission
     * @param acceptTime when the worker accepted the assignment
     * @param submitTime when the worker submitted the assignment
     * @param approvalTime when the assignment was approved; only if approved
     * @param rejectionTime when the assignment was rejected; only if rejected
     * @param deadline the accept time plus the assignment duration
     * @param answerXml the raw {@code QuestionFormAnswers} document, already unescaped; may be empty
     * @param answers the typed answers parsed from {@code answerXml}, in document order
     * @param requesterFeedback the requester's feedback (only with the {@code AssignmentFeedback} response group)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public Assignment {
        assignmentStatus = WireEnums.resolve(assignmentStatus, assignmentStatusWire, AssignmentStatus::fromWire);
        assignmentStatusWire = WireEnums.wire("assignmentStatus", assignmentStatus, assignmentStatusWire,
                AssignmentStatus::fromWire);
        answers = answers == null ? List.of()
                : List.copyOf(Limits.noNullElements("answers", answers));
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
        b.assignmentId = assignmentId;
        b.workerId = workerId;
        b.hitId = hitId;
        b.assignmentStatus = assignmentStatus;
        b.assignmentStatusWire = assignmentStatusWire;
        b.autoApprovalTime = autoApprovalTime;
        b.acceptTime = acceptTime;
        b.submitTime = submitTime;
        b.approvalTime = approvalTime;
        b.rejectionTime = rejectionTime;
        b.deadline = deadline;
        b.answerXml = answerXml;
        b.answers.addAll(answers);
        b.requesterFeedback = requesterFeedback;
        return b;
    }

    /**
     * The first answer to a question.
     *
     * @param questionIdentifier the {@code QuestionIdentifier}
     * @return the answer, or empty when the worker did not answer that question
     */
    public Optional<Answer> answer(String questionIdentifier) {
        return answers.stream().filter(a -> a.questionIdentifier().equals(questionIdentifier)).findFirst();
    }

    /**
     * The answers keyed by question identifier, in document order; the first answer wins if a question repeats.
     *
     * @return an unmodifiable map
     */
    public Map<String, Answer> answersByQuestion() {
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        for (Answer a : answers) {
            byQuestion.putIfAbsent(a.questionIdentifier(), a);
        }
        return java.util.Collections.unmodifiableMap(byQuestion);
    }

    /** Builder of {@link Assignment}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String assignmentId;
        private String workerId;
        private String hitId;
        private AssignmentStatus assignmentStatus;
        private String assignmentStatusWire;
        private Instant autoApprovalTime;
        private Instant acceptTime;
        private Instant submitTime;
        private Instant approvalTime;
        private Instant rejectionTime;
        private Instant deadline;
        private String answerXml;
        private final ArrayList<Answer> answers = new ArrayList<>();
        private String requesterFeedback;

        private Builder() {
        }

        /**
         * Sets {@code assignmentId}: the assignment id.
         *
         * @param assignmentId the value
         * @return this builder
         */
        public Builder assignmentId(String assignmentId) {
            this.assignmentId = assignmentId;
            return this;
        }

        /**
         * Sets {@code workerId}: the worker who accepted the assignment.
         *
         * @param workerId the value
         * @return this builder
         */
        public Builder workerId(String workerId) {
            this.workerId = workerId;
            return this;
        }

        /**
         * Sets {@code hitId}: the HIT the assignment belongs to.
         *
         * @param hitId the value
         * @return this builder
         */
        public Builder hitId(String hitId) {
            this.hitId = hitId;
            return this;
        }

        /**
         * Sets {@code assignmentStatus}: the status; clears {@code assignmentStatusWire}.
         *
         * @param assignmentStatus the value
         * @return this builder
         */
        public Builder assignmentStatus(AssignmentStatus assignmentStatus) {
            this.assignmentStatus = assignmentStatus;
            this.assignmentStatusWire = null;
            return this;
        }

        /**
         * Sets the raw wire string of {@code assignmentStatus}, as read from a response; clears the enum, which the
         * record
         * derives with {@code AssignmentStatus.fromWire}.
         *
         * @param assignmentStatusWire the wire string
         * @return this builder
         */
        public Builder assignmentStatusWire(String assignmentStatusWire) {
            this.assignmentStatus = null;
            this.assignmentStatusWire = assignmentStatusWire;
            return this;
        }

        /**
         * Sets {@code autoApprovalTime}: when the assignment will be approved automatically; absent before
         * submission.
         *
         * @param autoApprovalTime the value
         * @return this builder
         */
        public Builder autoApprovalTime(Instant autoApprovalTime) {
            this.autoApprovalTime = autoApprovalTime;
            return this;
        }

        /**
         * Sets {@code acceptTime}: when the worker accepted the assignment.
         *
         * @param acceptTime the value
         * @return this builder
         */
        public Builder acceptTime(Instant acceptTime) {
            this.acceptTime = acceptTime;
            return this;
        }

        /**
         * Sets {@code submitTime}: when the worker submitted the assignment.
         *
         * @param submitTime the value
         * @return this builder
         */
        public Builder submitTime(Instant submitTime) {
            this.submitTime = submitTime;
            return this;
        }

        /**
         * Sets {@code approvalTime}: when the assignment was approved; only if approved.
         *
         * @param approvalTime the value
         * @return this builder
         */
        public Builder approvalTime(Instant approvalTime) {
            this.approvalTime = approvalTime;
            return this;
        }

        /**
         * Sets {@code rejectionTime}: when the assignment was rejected; only if rejected.
         *
         * @param rejectionTime the value
         * @return this builder
         */
        public Builder rejectionTime(Instant rejectionTime) {
            this.rejectionTime = rejectionTime;
            return this;
        }

        /**
         * Sets {@code deadline}: the accept time plus the assignment duration.
         *
         * @param deadline the value
         * @return this builder
         */
        public Builder deadline(Instant deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * Sets {@code answerXml}: the raw {@code QuestionFormAnswers} document, already unescaped; may be empty.
         *
         * @param answerXml the value
         * @return this builder
         */
        public Builder answerXml(String answerXml) {
            this.answerXml = answerXml;
            return this;
        }

        /**
         * Replaces {@code answers}: the typed answers parsed from {@code answerXml}, in document order.
         *
         * @param answers the new values; not null
         * @return this builder
         */
        public Builder answers(List<? extends Answer> answers) {
            this.answers.clear();
            this.answers.addAll(answers);
            return this;
        }

        /**
         * Appends one entry to {@code answers}.
         *
         * @param answer the entry to append
         * @return this builder
         */
        public Builder answer(Answer answer) {
            this.answers.add(answer);
            return this;
        }

        /**
         * Sets {@code requesterFeedback}: the requester's feedback (only with the {@code AssignmentFeedback} response
         * group).
         *
         * @param requesterFeedback the value
         * @return this builder
         */
        public Builder requesterFeedback(String requesterFeedback) {
            this.requesterFeedback = requesterFeedback;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public Assignment build() {
            return new Assignment(assignmentId, workerId, hitId, assignmentStatus, assignmentStatusWire,
                    autoApprovalTime, acceptTime, submitTime, approvalTime, rejectionTime, deadline, answerXml,
                    answers, requesterFeedback);
        }
    }
}
