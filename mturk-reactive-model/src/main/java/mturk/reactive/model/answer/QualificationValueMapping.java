package mturk.reactive.model.answer;

/**
 * How an {@link AnswerKey} turns the summed score into the qualification value,
 * {@code <QualificationValueMapping>}: a {@link PercentageMapping}, a {@link ScaleMapping} or a {@link RangeMapping}.
 * Without a mapping the summed score itself is the value.
 */
public sealed interface QualificationValueMapping permits PercentageMapping, ScaleMapping, RangeMapping {

    /**
     * Maps a summed score to a qualification value.
     *
     * @param summedScore the sum of the question scores
     * @return the qualification value
     */
    int qualificationValue(int summedScore);
}
