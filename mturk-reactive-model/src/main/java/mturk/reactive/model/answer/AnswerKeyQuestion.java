package mturk.reactive.model.answer;

import java.util.List;
import java.util.Objects;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * The key to one question of a qualification test: {@code <Question><QuestionIdentifier/><AnswerOption/>+
 * [<DefaultScore/>]</Question>} inside an {@link AnswerKey}.
 *
 * @param questionIdentifier the question scored; not blank
 * @param options            the scored options, in order; at least one; copied
 * @param defaultScore       the score when no option matches or the question is unanswered (schema default 0)
 */
public record AnswerKeyQuestion(String questionIdentifier, List<AnswerOption> options, int defaultScore) {

    /**
     * Validates and copies the components.
     *
     * @param questionIdentifier the question scored; not blank
     * @param options the scored options, in order; at least one; copied
     * @param defaultScore the score when no option matches or the question is unanswered (schema default 0)
     * @throws IllegalArgumentException when the identifier is blank or there is no option
     */
    public AnswerKeyQuestion {
        XmlChars.requireNonBlank("AnswerKey.Question.questionIdentifier", questionIdentifier);
        options = List.copyOf(Objects.requireNonNull(options, "AnswerKey.Question.options"));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("AnswerKey.Question '" + questionIdentifier
                    + "' must hold at least one AnswerOption");
        }
    }

    /**
     * A question with default score 0.
     *
     * @param questionIdentifier the identifier
     * @param options            the options
     * @return the question
     */
    public static AnswerKeyQuestion of(String questionIdentifier, AnswerOption... options) {
        return new AnswerKeyQuestion(questionIdentifier, List.of(options), 0);
    }

    /**
     * The score of a worker's answer to this question: the score of the first option whose identifier set equals the
     * worker's selections, otherwise {@link #defaultScore()}. A missing answer, or one that is not a
     * {@link SelectionAnswer}, scores the default. The "other" text of a selection is ignored.
     *
     * @param answer the worker's answer, or null when none was given
     * @return the score
     */
    public int score(Answer answer) {
        if (answer instanceof SelectionAnswer) {
            List<String> selected = ((SelectionAnswer) answer).selectionIdentifiers();
            for (AnswerOption o : options) {
                if (o.matches(selected)) {
                    return o.answerScore();
                }
            }
        }
        return defaultScore;
    }
}
