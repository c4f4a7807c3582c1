package mturk.reactive.model.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mturk.reactive.model.internal.xml.XmlChars;

/**
 * One scored combination of choices in an {@link AnswerKeyQuestion}: {@code <AnswerOption><SelectionIdentifier/>+
 * <AnswerScore/></AnswerOption>}. It matches a worker's answer only when the worker selected exactly these
 * identifiers, no more and no fewer.
 *
 * @param selectionIdentifiers the identifiers, in document order; at least one; no repeats; copied
 * @param answerScore          the score added when the option matches; may be negative
 */
public record AnswerOption(List<String> selectionIdentifiers, int answerScore) {

    /**
     * Validates and copies the identifiers.
     *
     * @param selectionIdentifiers the identifiers, in document order; at least one; no repeats; copied
     * @param answerScore the score added when the option matches; may be negative
     * @throws IllegalArgumentException when there is no identifier, one is blank, or one repeats
     */
    public AnswerOption {
        selectionIdentifiers = List.copyOf(Objects.requireNonNull(selectionIdentifiers,
                "AnswerOption.selectionIdentifiers"));
        if (selectionIdentifiers.isEmpty()) {
            throw new IllegalArgumentException("AnswerOption.selectionIdentifiers must hold at least one identifier");
        }
        Set<String> seen = new HashSet<>();
        for (String id : selectionIdentifiers) {
            XmlChars.requireNonBlank("AnswerOption.selectionIdentifier", id);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("AnswerOption.selectionIdentifiers: duplicate '" + id + "'");
            }
        }
    }

    /**
     * An option of the given score and identifiers.
     *
     * @param answerScore          the score
     * @param selectionIdentifiers the identifiers
     * @return the option
     */
    public static AnswerOption of(int answerScore, String... selectionIdentifiers) {
        return new AnswerOption(List.of(selectionIdentifiers), answerScore);
    }

    /**
     * Whether the worker's selections are exactly this option's identifiers (order does not matter).
     *
     * @param selected the identifiers the worker selected
     * @return true on an exact set match
     */
    public boolean matches(List<String> selected) {
        return Set.copyOf(selectionIdentifiers).equals(Set.copyOf(selected));
    }
}
