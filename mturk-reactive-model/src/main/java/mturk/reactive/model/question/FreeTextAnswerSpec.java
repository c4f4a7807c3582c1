package mturk.reactive.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.FreeTextAnswer;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A free-text answer (boto2's {@code FreeTextAnswer}): {@code <FreeTextAnswer><Constraints>…</Constraints>
 * [<DefaultText/>][<NumberOfLinesSuggestion/>]</FreeTextAnswer>}. {@code <Constraints>} is always written, even
 * empty, as boto2 does. The same type describes the free-text "other" choice of a {@link SelectionAnswerSpec}.
 *
 * @param constraints             the constraints; {@link Constraints#NONE} for none, never null
 * @param defaultText             the text pre-filled in the field, or null for none (an empty string is taken as
 *                                none, since boto2 writes {@code DefaultText} only when it is non-empty)
 * @param numberOfLinesSuggestion the suggested field height in lines (1 or more), or null for none
 */
public record FreeTextAnswerSpec(Constraints constraints, String defaultText, Integer numberOfLinesSuggestion)
        implements AnswerSpecification {

    /** An unconstrained free-text answer (boto2's {@code FreeTextAnswer()}). */
    public static final FreeTextAnswerSpec UNCONSTRAINED = new FreeTextAnswerSpec(Constraints.NONE, null, null);

    /**
     * Validates the components and normalizes an empty default text to null.
     *
     * @param constraints the constraints; {@link Constraints#NONE} for none, never null
     * @param defaultText the text pre-filled in the field, or null for none (an empty string is taken as none, since
     *     boto2 writes {@code DefaultText} only when it is non-empty)
     * @param numberOfLinesSuggestion the suggested field height in lines (1 or more), or null for none
     * @throws IllegalArgumentException when the line count is below 1 or the default text is not representable in XML
     * @throws NullPointerException     when constraints is null
     */
    public FreeTextAnswerSpec {
        Objects.requireNonNull(constraints, "FreeTextAnswer.constraints");
        if (defaultText != null) {
            XmlChars.requireText("FreeTextAnswer.defaultText", defaultText);
            if (defaultText.isEmpty()) {
                defaultText = null;
            }
        }
        if (numberOfLinesSuggestion != null && numberOfLinesSuggestion < 1) {
            throw new IllegalArgumentException("FreeTextAnswer.numberOfLinesSuggestion must be >= 1, was "
                    + numberOfLinesSuggestion);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @return true for a {@link FreeTextAnswer} whose text satisfies {@link #constraints()}
     */
    @Override
    public boolean accepts(Answer answer) {
        return answer instanceof FreeTextAnswer && constraints.accepts(((FreeTextAnswer) answer).text());
    }

    /**
     * Whether nothing is specified (no constraint, no default text, no line count).
     *
     * @return true for the equivalent of boto2's {@code FreeTextAnswer()}
     */
    public boolean isUnconstrained() {
        return constraints.isEmpty() && defaultText == null && numberOfLinesSuggestion == null;
    }

    /**
     * Starts a builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FreeTextAnswerSpec}. */
    public static final class Builder {
        private NumericConstraint numeric;
        private LengthConstraint length;
        private final List<RegexConstraint> regexes = new ArrayList<>();
        private String defaultText;
        private Integer numberOfLines;

        private Builder() {
        }

        /**
         * Requires a number.
         *
         * @param constraint the bounds
         * @return this builder
         */
        public Builder numeric(NumericConstraint constraint) {
            this.numeric = constraint;
            return this;
        }

        /**
         * Requires a number in {@code [min, max]}.
         *
         * @param min the smallest value
         * @param max the largest value
         * @return this builder
         */
        public Builder numeric(int min, int max) {
            return numeric(NumericConstraint.between(min, max));
        }

        /**
         * Bounds the length.
         *
         * @param constraint the bounds
         * @return this builder
         */
        public Builder length(LengthConstraint constraint) {
            this.length = constraint;
            return this;
        }

        /**
         * Bounds the length to {@code [min, max]}.
         *
         * @param min the shortest length
         * @param max the longest length
         * @return this builder
         */
        public Builder length(int min, int max) {
            return length(LengthConstraint.between(min, max));
        }

        /**
         * Adds a pattern.
         *
         * @param constraint the pattern
         * @return this builder
         */
        public Builder regex(RegexConstraint constraint) {
            regexes.add(Objects.requireNonNull(constraint, "regex"));
            return this;
        }

        /**
         * Adds a pattern.
         *
         * @param regex     the pattern
         * @param errorText the error text, or null
         * @param flags     the flags, or null
         * @return this builder
         */
        public Builder regex(String regex, String errorText, String flags) {
            return regex(new RegexConstraint(regex, errorText, flags));
        }

        /**
         * Sets the default text.
         *
         * @param defaultText the text, or null
         * @return this builder
         */
        public Builder defaultText(String defaultText) {
            this.defaultText = defaultText;
            return this;
        }

        /**
         * Sets the suggested number of lines.
         *
         * @param lines 1 or more
         * @return this builder
         */
        public Builder numberOfLinesSuggestion(int lines) {
            this.numberOfLines = lines;
            return this;
        }

        /**
         * Builds the specification.
         *
         * @return the specification
         * @throws IllegalArgumentException as the record's constructor
         */
        public FreeTextAnswerSpec build() {
            return new FreeTextAnswerSpec(new Constraints(numeric, length, regexes), defaultText, numberOfLines);
        }
    }
}
