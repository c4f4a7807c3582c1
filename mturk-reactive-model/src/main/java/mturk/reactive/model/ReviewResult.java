package mturk.reactive.model;


/**
 * One result computed by a review policy ({@code ReviewResult}), e.g. a known-answer score. The documentation calls
 * the subject type {@code ObjectType}, the schema {@code SubjectType}: readers put either into {@code subjectType}.
 * Every component is nullable.
 *
 * @param actionId the id of the action this result led to
 * @param subjectId the id of the assignment or HIT the result is about
 * @param subjectType the type of the subject, e.g. {@code Assignment}
 * @param questionId the question the result is about, or null
 * @param key the result key, e.g. {@code KnownAnswerScore}
 * @param value the result value
 */
public record ReviewResult(String actionId,
                           String subjectId,
                           String subjectType,
                           String questionId,
                           String key,
                           String value) {

    /**
     * Copies lists, completes enum/raw pairs and validates.
     *
     * @param actionId the id of the action this result led to
     * @param subjectId the id of the assignment or HIT the result is about
     * @param subjectType the type of the subject, e.g. {@code Assignment}
     * @param questionId the question the result is about, or null
     * @param key the result key, e.g. {@code KnownAnswerScore}
     * @param value the result value
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ReviewResult {
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
        b.actionId = actionId;
        b.subjectId = subjectId;
        b.subjectType = subjectType;
        b.questionId = questionId;
        b.key = key;
        b.value = value;
        return b;
    }

    /** Builder of {@link ReviewResult}; each setter is named after the record component it sets. */
    public static final class Builder {
        private String actionId;
        private String subjectId;
        private String subjectType;
        private String questionId;
        private String key;
        private String value;

        private Builder() {
        }

        /**
         * Sets {@code actionId}: the id of the action this result led to.
         *
         * @param actionId the value
         * @return this builder
         */
        public Builder actionId(String actionId) {
            this.actionId = actionId;
            return this;
        }

        /**
         * Sets {@code subjectId}: the id of the assignment or HIT the result is about.
         *
         * @param subjectId the value
         * @return this builder
         */
        public Builder subjectId(String subjectId) {
            this.subjectId = subjectId;
            return this;
        }

        /**
         * Sets {@code subjectType}: the type of the subject, e.g. {@code Assignment}.
         *
         * @param subjectType the value
         * @return this builder
         */
        public Builder subjectType(String subjectType) {
            this.subjectType = subjectType;
            return this;
        }

        /**
         * Sets {@code questionId}: the question the result is about, or null.
         *
         * @param questionId the value
         * @return this builder
         */
        public Builder questionId(String questionId) {
            this.questionId = questionId;
            return this;
        }

        /**
         * Sets {@code key}: the result key, e.g. {@code KnownAnswerScore}.
         *
         * @param key the value
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets {@code value}: the result value.
         *
         * @param value the value
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a value breaks a rule of the record
         */
        public ReviewResult build() {
            return new ReviewResult(actionId, subjectId, subjectType, questionId, key, value);
        }
    }
}
