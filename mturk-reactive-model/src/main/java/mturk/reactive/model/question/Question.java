package mturk.reactive.model.question;

import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * One question of a {@link QuestionForm}: {@code <Question><QuestionIdentifier/>[<DisplayName/>]<IsRequired/>
 * <QuestionContent/><AnswerSpecification/></Question>}, the element order boto2 writes. {@code IsRequired} is always
 * written ({@code true}/{@code false}).
 *
 * @param identifier          {@code QuestionIdentifier}, the key of this question's answer; not blank
 * @param content             what the worker sees
 * @param answerSpecification what the worker may answer
 * @param required            whether an answer is required
 * @param displayName         the {@code DisplayName}, or null to omit it
 */
public record Question(String identifier, QuestionContent content, AnswerSpecification answerSpecification,
                       boolean required, String displayName) implements QuestionFormItem {

    /**
     * Validates the components.
     *
     * @param identifier {@code QuestionIdentifier}, the key of this question's answer; not blank
     * @param content what the worker sees
     * @param answerSpecification what the worker may answer
     * @param required whether an answer is required
     * @param displayName the {@code DisplayName}, or null to omit it
     * @throws IllegalArgumentException when the identifier is blank or a text is not representable in XML
     * @throws NullPointerException     when content or answer specification is null
     */
    public Question {
        XmlChars.requireNonBlank("Question.identifier", identifier);
        Objects.requireNonNull(content, "Question.content");
        Objects.requireNonNull(answerSpecification, "Question.answerSpecification");
        if (displayName != null) {
            XmlChars.requireText("Question.displayName", displayName);
        }
    }

    /**
     * An optional question without display name (boto2's defaults).
     *
     * @param identifier          the identifier
     * @param content             the content
     * @param answerSpecification the answer specification
     * @return the question
     */
    public static Question of(String identifier, QuestionContent content, AnswerSpecification answerSpecification) {
        return new Question(identifier, content, answerSpecification, false, null);
    }

    /**
     * Starts a builder.
     *
     * @param identifier the question identifier
     * @return a builder
     */
    public static Builder builder(String identifier) {
        return new Builder(identifier);
    }

    /** Builds a {@link Question}; {@code required} defaults to false and the display name to none. */
    public static final class Builder {
        private final String identifier;
        private QuestionContent content;
        private AnswerSpecification answerSpecification;
        private boolean required;
        private String displayName;

        private Builder(String identifier) {
            this.identifier = identifier;
        }

        /**
         * Sets the content.
         *
         * @param content the content
         * @return this builder
         */
        public Builder content(QuestionContent content) {
            this.content = content;
            return this;
        }

        /**
         * Sets the content from items.
         *
         * @param items the items
         * @return this builder
         */
        public Builder content(ContentItem... items) {
            return content(QuestionContent.of(items));
        }

        /**
         * Sets the answer specification.
         *
         * @param answerSpecification the specification
         * @return this builder
         */
        public Builder answer(AnswerSpecification answerSpecification) {
            this.answerSpecification = answerSpecification;
            return this;
        }

        /**
         * Sets whether an answer is required.
         *
         * @param required true when required
         * @return this builder
         */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /**
         * Sets the display name.
         *
         * @param displayName the name, or null for none
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Builds the question.
         *
         * @return the question
         * @throws IllegalArgumentException or {@link NullPointerException} as the record's constructor
         */
        public Question build() {
            return new Question(identifier, content, answerSpecification, required, displayName);
        }
    }
}
