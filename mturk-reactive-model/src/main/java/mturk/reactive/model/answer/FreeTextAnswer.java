package mturk.reactive.model.answer;

import java.util.Objects;

/**
 * A free-text answer ({@code <FreeText>}), also used for each form field of an ExternalQuestion or HTMLQuestion.
 *
 * @param questionIdentifier the question answered; not blank
 * @param text               the text the worker entered, exactly as sent (may be empty, never null)
 */
public record FreeTextAnswer(String questionIdentifier, String text) implements Answer {

    /** Validates that both components are present. */
    public FreeTextAnswer {
        AnswerChecks.requireIdentifier(questionIdentifier);
        Objects.requireNonNull(text, "text");
    }
}
