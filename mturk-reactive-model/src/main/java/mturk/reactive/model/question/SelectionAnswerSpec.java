package mturk.reactive.model.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mturk.reactive.model.answer.Answer;
import mturk.reactive.model.answer.SelectionAnswer;

/**
 * A multiple-choice answer (boto2's {@code SelectionAnswer}): {@code <SelectionAnswer>[<MinSelectionCount/>
 * <MaxSelectionCount/>][<StyleSuggestion/>]<Selections><Selection/>+[<OtherSelection/>]</Selections>
 * </SelectionAnswer>}.
 *
 * <p>Writing follows boto2: the two counts are written unless the style is {@link StyleSuggestion#RADIOBUTTON}, with
 * one difference: boto2 drops non-default counts of a radio-button answer silently, while here they are written
 * whenever they differ from the schema default of 1. An "other" choice with an unconstrained specification is
 * written {@code <OtherSelection/>} (boto2's {@code other=True}); one with constraints, default text or line count
 * as a free-text answer named {@code OtherSelection} (boto2's {@code other=FreeTextAnswer(…)}).
 *
 * @param minSelectionCount the fewest choices a worker must make; 0 or more (schema default 1)
 * @param maxSelectionCount the most choices a worker may make; at least 1 and at least {@code minSelectionCount}
 *                          (schema default 1)
 * @param style             the display suggestion, or null for none
 * @param selections        the choices in order; at least one; identifiers unique; copied
 * @param otherSelection    the free-text "other" choice, or null when there is none
 */
public record SelectionAnswerSpec(int minSelectionCount, int maxSelectionCount, StyleSuggestion style,
                                  List<Selection> selections, FreeTextAnswerSpec otherSelection)
        implements AnswerSpecification {

    /**
     * Validates the counts and choices.
     *
     * @param minSelectionCount the fewest choices a worker must make; 0 or more (schema default 1)
     * @param maxSelectionCount the most choices a worker may make; at least 1 and at least {@code minSelectionCount}
     *     (schema default 1)
     * @param style the display suggestion, or null for none
     * @param selections the choices in order; at least one; identifiers unique; copied
     * @param otherSelection the free-text "other" choice, or null when there is none
     * @throws IllegalArgumentException naming the count or choice that breaks a rule: {@code min >= 0},
     *                                  {@code max >= 1}, {@code min <= max}, at least one selection, at least
     *                                  {@code min} choices (counting the "other" one), unique identifiers
     */
    public SelectionAnswerSpec {
        selections = List.copyOf(Objects.requireNonNull(selections, "SelectionAnswer.selections"));
        if (minSelectionCount < 0) {
            throw new IllegalArgumentException("SelectionAnswer.minSelectionCount must be >= 0, was "
                    + minSelectionCount);
        }
        if (maxSelectionCount < 1) {
            throw new IllegalArgumentException("SelectionAnswer.maxSelectionCount must be >= 1, was "
                    + maxSelectionCount);
        }
        if (minSelectionCount > maxSelectionCount) {
            throw new IllegalArgumentException("SelectionAnswer.minSelectionCount (" + minSelectionCount
                    + ") must be <= maxSelectionCount (" + maxSelectionCount + ")");
        }
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("SelectionAnswer.selections must hold at least one Selection");
        }
        int choices = selections.size() + (otherSelection == null ? 0 : 1);
        if (choices < minSelectionCount) {
            throw new IllegalArgumentException("SelectionAnswer.selections: " + choices
                    + " choices is less than minSelectionCount " + minSelectionCount);
        }
        Set<String> seen = new HashSet<>();
        for (Selection s : selections) {
            if (!seen.add(s.identifier())) {
                throw new IllegalArgumentException("SelectionAnswer.selections: duplicate SelectionIdentifier '"
                        + s.identifier() + "'");
            }
        }
    }

    /**
     * The identifiers of the choices, in order.
     *
     * @return the identifiers
     */
    public List<String> selectionIdentifiers() {
        List<String> ids = new ArrayList<>(selections.size());
        for (Selection s : selections) {
            ids.add(s.identifier());
        }
        return ids;
    }

    /**
     * The choice with the given identifier.
     *
     * @param identifier a selection identifier
     * @return the choice, or empty
     */
    public Optional<Selection> selection(String identifier) {
        return selections.stream().filter(s -> s.identifier().equals(identifier)).findFirst();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A {@link SelectionAnswer} is accepted when every identifier is one of {@link #selections()}, none repeats,
     * an "other" text is given only when {@link #allowsOther()} and then satisfies the other choice's constraints,
     * and the number of choices (identifiers, plus one for an "other" text) is within
     * {@code [minSelectionCount, maxSelectionCount]}.
     *
     * @return true for a selection answer a worker could have submitted
     */
    @Override
    public boolean accepts(Answer answer) {
        if (!(answer instanceof SelectionAnswer)) {
            return false;
        }
        SelectionAnswer a = (SelectionAnswer) answer;
        Set<String> known = new HashSet<>(selectionIdentifiers());
        Set<String> chosen = new HashSet<>();
        for (String id : a.selectionIdentifiers()) {
            if (!known.contains(id) || !chosen.add(id)) {
                return false;
            }
        }
        int count = chosen.size();
        if (a.otherSelectionText() != null) {
            if (otherSelection == null || !otherSelection.constraints().accepts(a.otherSelectionText())) {
                return false;
            }
            count++;
        }
        return count >= minSelectionCount && count <= maxSelectionCount;
    }

    /**
     * Whether there is a free-text "other" choice.
     *
     * @return true when {@link #otherSelection()} is not null
     */
    public boolean allowsOther() {
        return otherSelection != null;
    }

    /**
     * Starts a builder: counts 1 and 1, no style, no choices, no "other" (boto2's defaults).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SelectionAnswerSpec}. */
    public static final class Builder {
        private int min = 1;
        private int max = 1;
        private StyleSuggestion style;
        private final List<Selection> selections = new ArrayList<>();
        private FreeTextAnswerSpec other;

        private Builder() {
        }

        /**
         * Sets the fewest choices.
         *
         * @param min 0 or more
         * @return this builder
         */
        public Builder minSelectionCount(int min) {
            this.min = min;
            return this;
        }

        /**
         * Sets the most choices.
         *
         * @param max 1 or more
         * @return this builder
         */
        public Builder maxSelectionCount(int max) {
            this.max = max;
            return this;
        }

        /**
         * Sets the display suggestion.
         *
         * @param style the style, or null
         * @return this builder
         */
        public Builder style(StyleSuggestion style) {
            this.style = style;
            return this;
        }

        /**
         * Adds a choice.
         *
         * @param selection the choice
         * @return this builder
         */
        public Builder selection(Selection selection) {
            selections.add(Objects.requireNonNull(selection, "selection"));
            return this;
        }

        /**
         * Adds a text choice.
         *
         * @param identifier the identifier
         * @param text       the label
         * @return this builder
         */
        public Builder text(String identifier, String text) {
            return selection(Selection.text(identifier, text));
        }

        /**
         * Adds an unconstrained "other" choice (boto2's {@code other=True}).
         *
         * @return this builder
         */
        public Builder other() {
            return other(FreeTextAnswerSpec.UNCONSTRAINED);
        }

        /**
         * Adds an "other" choice with the given free-text specification.
         *
         * @param other the specification, or null for none
         * @return this builder
         */
        public Builder other(FreeTextAnswerSpec other) {
            this.other = other;
            return this;
        }

        /**
         * Builds the specification.
         *
         * @return the specification
         * @throws IllegalArgumentException as the record's constructor
         */
        public SelectionAnswerSpec build() {
            return new SelectionAnswerSpec(min, max, style, selections, other);
        }
    }
}
