package mturk.reactive.model.question;

import java.util.List;
import java.util.Objects;

/**
 * The constraints of a free-text answer, {@code <Constraints>[<IsNumeric/>][<Length/>]<AnswerFormatRegex/>*
 * </Constraints>}, always written in that schema order. boto2 writes its constraint list in the caller's order,
 * which the schema refuses unless it happens to be this one.
 *
 * @param numeric the numeric constraint, or null for none
 * @param length  the length constraint, or null for none
 * @param regexes the pattern constraints, in order; copied
 */
public record Constraints(NumericConstraint numeric, LengthConstraint length, List<RegexConstraint> regexes) {

    /** No constraint at all. boto2 still writes {@code <Constraints></Constraints>}, and so do we. */
    public static final Constraints NONE = new Constraints(null, null, List.of());

    /**
     * Copies the pattern list.
     *
     * @param numeric the numeric constraint, or null for none
     * @param length the length constraint, or null for none
     * @param regexes the pattern constraints, in order; copied
     */
    public Constraints {
        regexes = List.copyOf(Objects.requireNonNull(regexes, "regexes"));
    }

    /**
     * Whether there is no constraint.
     *
     * @return true when numeric, length and patterns are all absent
     */
    public boolean isEmpty() {
        return numeric == null && length == null && regexes.isEmpty();
    }

    /**
     * Whether {@code answer} satisfies every constraint: it is a number within the numeric bounds
     * ({@link NumericConstraint#accepts(String)}), its
     * length (in code points) is within the length bounds, and it matches every pattern
     * ({@link RegexConstraint#toPattern()}, searched anywhere unless anchored, as JavaScript's {@code test} does).
     * The service itself only guarantees schema conformance of answers; this is for simulated workers.
     *
     * @param answer a candidate answer
     * @return true when no constraint rejects it
     */
    public boolean accepts(String answer) {
        if (numeric != null && !numeric.accepts(answer)) {
            return false;
        }
        if (length != null && !length.accepts(answer.codePointCount(0, answer.length()))) {
            return false;
        }
        for (RegexConstraint r : regexes) {
            if (!r.toPattern().matcher(answer).find()) {
                return false;
            }
        }
        return true;
    }
}
