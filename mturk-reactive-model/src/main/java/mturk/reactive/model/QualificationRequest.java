package mturk.reactive.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mturk.reactive.model.answer.Answer;

/**
 * A worker's request for a qualification awaiting the owner's decision, as returned by
 * {@code GetQualificationRequests} ({@code QualificationRequest}). The raw test and answer documents are kept next to
 * the typed answers. Every component is nullable except the answer list.
 *
 * @param qualificationRequestId the request id
 * @param qualificationTypeId the requested qualification type
 * @param subjectId the requesting worker ({@code SubjectId})
 * @param test the raw test {@code QuestionForm} XML the worker saw, or null
 * @param answerXml the raw {@code QuestionFormAnswers} XML of the worker's test answers, or null
 * @param answers the typed answers parsed from {@code answerXml}, in document order
 * @param submitTime when the request was submitted
 */
public record QualificationRequest(String qualificationRequestId,
                                   String qualificationTypeId,
                                   String subjectId,
                                   String test,
                                   String answerXml,
                                   List<Answer> answers,
                                   Instant submitTime) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param qualificationRequestId the request id
     * @param qualificationTypeId the requested qualification type
     * @param subjectId the requesting worker ({@code SubjectId})
     * @param test the raw test {@code QuestionForm} XML the worker saw, or null
     * @param answerXml the raw {@code QuestionFormAnswers} XML of the worker's test answers, or null
     * @param answers the typed answers parsed from {@code answerXml}, in document order
     * @param submitTime when the request was submitted
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public QualificationRequest {
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
        b.qualificationRequestId = qualificationRequestId;
        b.qualificationTypeId = qualificationTypeId;
        b.subjectId = subjectId;
        b.test = test;
        b.answerXml = answerXml;
        b.answers.addAll(answers);
        b.submitTime = submitTime;
        return b;
    }

    /**
     * The first answer to a test question.
     *
     * @param questionIdentifier the {@code QuestionIdentifier}
     * @return the answer, or empty when there is none
     */
    public Optional<Answer> answer(String questionIdentifier) {
        return answers.stream().filter(a -> a.questionIdentifier().equals(questionIdentifier)).findFirst();
    }

    /** Builder of {@link QualificationRequest}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String qualificationRequestId;
        private String qualificationTypeId;
        private String subjectId;
        private String test;
        private String answerXml;
        private final ArrayList<Answer> answers = new ArrayList<>();
        private Instant submitTime;

        private Builder() {
        }

        /**
         * Sets {@code qualificationRequestId}: the request id.
         *
         * @param qualificationRequestId the value
         * @return this builder
         */
        public Builder qualificationRequestId(String qualificationRequestId) {
            this.qualificationRequestId = qualificationRequestId;
            return this;
        }

        /**
         * Sets {@code qualificationTypeId}: the requested qualification type.
         *
         * @param qualificationTypeId the value
         * @return this builder
         */
        public Builder qualificationTypeId(String qualificationTypeId) {
            this.qualificationTypeId = qualificationTypeId;
            return this;
        }

        /**
         * Sets {@code subjectId}: the requesting worker ({@code SubjectId}).
         *
         * @param subjectId the value
         * @return this builder
         */
        public Builder subjectId(String subjectId) {
            this.subjectId = subjectId;
            return this;
        }

        /**
         * Sets {@code test}: the raw test {@code QuestionForm} XML the worker saw, or null.
         *
         * @param test the value
         * @return this builder
         */
        public Builder test(String test) {
            this.test = test;
            return this;
        }

        /**
         * Sets {@code answerXml}: the raw {@code QuestionFormAnswers} XML of the worker's test answers, or null.
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
         * Sets {@code submitTime}: when the request was submitted.
         *
         * @param submitTime the value
         * @return this builder
         */
        public Builder submitTime(Instant submitTime) {
            this.submitTime = submitTime;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public QualificationRequest build() {
            return new QualificationRequest(qualificationRequestId, qualificationTypeId, subjectId, test, answerXml,
                    answers, submitTime);
        }
    }
}
