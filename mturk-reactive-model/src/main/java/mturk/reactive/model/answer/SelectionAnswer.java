package mturk.reactive.model.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A selection answer: every {@code <SelectionIdentifier>} the worker chose, in document order, and the text of
 * the "other" choice ({@code <OtherSelectionText>}) when the worker filled it in. boto2 keeps only one of these;
 * this record keeps all of them.
 *
 * @param questionIdentifier   the question answered; not blank
 * @param selectionIdentifiers the chosen identifiers, in document order; copied, never null (may be empty when
 *                             only the "other" text was given)
 * @param otherSelectionText   the "other" text, or null when absent
 */
public record SelectionAnswer(String questionIdentifier, List<String> selectionIdentifiers, String otherSelectionText)
        implements Answer {

    /** Validates the identifier and copies the selection list. */
    public SelectionAnswer {
        AnswerChecks.requireIdentifier(questionIdentifier);
        selectionIdentifiers = List.copyOf(Objects.requireNonNull(selectionIdentifiers, "selectionIdentifiers"));
    }

    /** Creates an answer with the given selections and no "other" text. */
    public static SelectionAnswer of(String questionIdentifier, String... selectionIdentifiers) {
        return new SelectionAnswer(questionIdentifier, List.of(selectionIdentifiers), null);
    }

    /** The "other" text, when the worker gave one. */
    public Optional<String> otherSelection() {
        return Optional.ofNullable(otherSelectionText);
    }
}
