package mturk.reactive.model.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing, writing and applying qualification-test answer keys. */
class AnswerKeyTest {

    private static final String NS = AnswerKey.NAMESPACE;

    /** The example of the service documentation. */
    private static final String DOC_EXAMPLE = "<AnswerKey xmlns=\"" + NS + "\">\n"
            + "  <Question>\n"
            + "    <QuestionIdentifier>nextmove</QuestionIdentifier>\n"
            + "    <AnswerOption>\n"
            + "      <SelectionIdentifier>D</SelectionIdentifier>\n"
            + "      <AnswerScore>5</AnswerScore>\n"
            + "    </AnswerOption>\n"
            + "  </Question>\n"
            + "  <Question>\n"
            + "    <QuestionIdentifier>favoritefruit</QuestionIdentifier>\n"
            + "    <AnswerOption>\n"
            + "      <SelectionIdentifier>apples</SelectionIdentifier>\n"
            + "      <AnswerScore>10</AnswerScore>\n"
            + "    </AnswerOption>\n"
            + "  </Question>\n"
            + "  <QualificationValueMapping>\n"
            + "    <PercentageMapping>\n"
            + "      <MaximumSummedScore>15</MaximumSummedScore>\n"
            + "    </PercentageMapping>\n"
            + "  </QualificationValueMapping>\n"
            + "</AnswerKey>";

    private static final AnswerKey DOC_KEY = new AnswerKey(List.of(
            AnswerKeyQuestion.of("nextmove", AnswerOption.of(5, "D")),
            AnswerKeyQuestion.of("favoritefruit", AnswerOption.of(10, "apples"))), new PercentageMapping(15));

    /** Scores 10 for exactly {A, B}, 4 for A alone, default 1. */
    private static final AnswerKeyQuestion MULTI = new AnswerKeyQuestion("multi",
            List.of(AnswerOption.of(10, "A", "B"), AnswerOption.of(4, "A")), 1);

    private static QuestionFormAnswers selected(String question, String... ids) {
        return QuestionFormAnswers.of(new SelectionAnswer(question, List.of(ids), null));
    }

    @Test
    void theDocumentationExampleIsRead() {
        assertEquals(DOC_KEY, AnswerKey.parse(DOC_EXAMPLE));
    }

    @Test
    void everyMappingRoundTripsThroughXml() {
        List<QualificationValueMapping> mappings = List.of(new PercentageMapping(15),
                new ScaleMapping(new BigDecimal("2.5")),
                new RangeMapping(List.of(new SummedScoreRange(5, 7, 5), new SummedScoreRange(8, 10, 10)), 0));
        for (QualificationValueMapping m : mappings) {
            AnswerKey key = new AnswerKey(List.of(MULTI, AnswerKeyQuestion.of("q&<2>", AnswerOption.of(-3, "x&y"))),
                    m);
            assertEquals(key, AnswerKey.parse(key.toXml()));
        }
        AnswerKey unmapped = AnswerKey.of(MULTI);
        assertEquals(unmapped, AnswerKey.parse(unmapped.toXml()));
    }

    @Test
    void toXmlWritesTheSchemaLayoutAndOmitsAZeroDefaultScore() {
        String expected = "<AnswerKey xmlns=\"" + NS + "\"><Question><QuestionIdentifier>multi</QuestionIdentifier>"
                + "<AnswerOption><SelectionIdentifier>A</SelectionIdentifier><SelectionIdentifier>B"
                + "</SelectionIdentifier><AnswerScore>10</AnswerScore></AnswerOption><AnswerOption>"
                + "<SelectionIdentifier>A</SelectionIdentifier><AnswerScore>4</AnswerScore></AnswerOption>"
                + "<DefaultScore>1</DefaultScore></Question><Question><QuestionIdentifier>z</QuestionIdentifier>"
                + "<AnswerOption><SelectionIdentifier>a</SelectionIdentifier><AnswerScore>1</AnswerScore>"
                + "</AnswerOption></Question><QualificationValueMapping><RangeMapping><SummedScoreRange>"
                + "<InclusiveLowerBound>0</InclusiveLowerBound><InclusiveUpperBound>5</InclusiveUpperBound>"
                + "<QualificationValue>50</QualificationValue></SummedScoreRange><OutOfRangeQualificationValue>100"
                + "</OutOfRangeQualificationValue></RangeMapping></QualificationValueMapping></AnswerKey>";

        assertEquals(expected, new AnswerKey(List.of(MULTI, AnswerKeyQuestion.of("z", AnswerOption.of(1, "a"))),
                new RangeMapping(List.of(new SummedScoreRange(0, 5, 50)), 100)).toXml());
    }

    @Test
    void anOptionMatchesOnlyTheExactSelectionSetInAnyOrder() {
        AnswerKey key = AnswerKey.of(MULTI);

        assertEquals(10, key.score(selected("multi", "B", "A")));
        assertEquals(4, key.score(selected("multi", "A")));
        assertEquals(1, key.score(selected("multi", "A", "B", "C")), "a superset is not a match");
        assertEquals(1, key.score(selected("multi", "B")), "a subset is not a match");
    }

    @Test
    void anUnansweredOrFreeTextQuestionScoresTheDefault() {
        AnswerKey key = AnswerKey.of(MULTI);

        assertEquals(1, key.score(QuestionFormAnswers.EMPTY));
        assertEquals(1, key.score(QuestionFormAnswers.of(new FreeTextAnswer("multi", "A"))));
    }

    @Test
    void theOtherTextDoesNotChangeTheMatch() {
        AnswerKey key = AnswerKey.of(MULTI);

        assertEquals(4, key.score(QuestionFormAnswers.of(new SelectionAnswer("multi", List.of("A"), "extra"))));
    }

    @Test
    void withoutMappingTheSummedScoreIsTheValueAndNegativeScoresCount() {
        AnswerKey key = AnswerKey.of(MULTI, AnswerKeyQuestion.of("neg", AnswerOption.of(-7, "x")));
        QuestionFormAnswers answers = QuestionFormAnswers.of(new SelectionAnswer("multi", List.of("A"), null),
                new SelectionAnswer("neg", List.of("x"), null), new FreeTextAnswer("unkeyed", "ignored"));

        assertEquals(-3, key.summedScore(answers));
        assertEquals(-3, key.score(answers));
    }

    @Test
    void percentageMappingDividesByTheMaximumAndRoundsToTheNearestInteger() {
        assertEquals(67, DOC_KEY.score(QuestionFormAnswers.of(new SelectionAnswer("favoritefruit",
                List.of("apples"), null))), "10 / 15 = 66.67 %");
        assertEquals(33, DOC_KEY.score(selected("nextmove", "D")), "5 / 15 = 33.33 %");
        assertEquals(100, DOC_KEY.score(QuestionFormAnswers.of(new SelectionAnswer("nextmove", List.of("D"), null),
                new SelectionAnswer("favoritefruit", List.of("apples"), null))));
        assertEquals(0, DOC_KEY.score(QuestionFormAnswers.EMPTY));
        assertEquals(50, new PercentageMapping(8).qualificationValue(4));
        assertEquals(13, new PercentageMapping(8).qualificationValue(1), "12.5 rounds half up");
    }

    @Test
    void scaleMappingMultipliesAndRounds() {
        AnswerKey key = new AnswerKey(List.of(MULTI), new ScaleMapping(new BigDecimal("2.5")));

        assertEquals(25, key.score(selected("multi", "A", "B")));
        assertEquals(10, key.score(selected("multi", "A")));
        assertEquals(3, key.score(QuestionFormAnswers.EMPTY), "1 * 2.5 = 2.5 rounds half up");
    }

    @Test
    void rangeMappingPicksTheRangeHoldingTheSumOrTheOutOfRangeValue() {
        AnswerKey key = new AnswerKey(List.of(MULTI), new RangeMapping(List.of(
                new SummedScoreRange(0, 3, 20), new SummedScoreRange(4, 9, 60)), 99));

        assertEquals(20, key.score(QuestionFormAnswers.EMPTY), "default score 1");
        assertEquals(60, key.score(selected("multi", "A")), "4 is an inclusive lower bound");
        assertEquals(99, key.score(selected("multi", "A", "B")), "10 is out of every range");
        assertEquals(60, new RangeMapping(List.of(new SummedScoreRange(4, 9, 60)), 0).qualificationValue(9),
                "9 is an inclusive upper bound");
    }

    @Test
    void theMappingIsOptional() {
        assertTrue(DOC_KEY.mapping().isPresent());
        assertFalse(AnswerKey.of(MULTI).mapping().isPresent());
    }

    @Test
    void invalidKeysAreRefusedNamingTheField() {
        assertEquals("AnswerKey.questions must hold at least one Question",
                assertThrows(IllegalArgumentException.class, () -> new AnswerKey(List.of(), null)).getMessage());
        assertEquals("AnswerKey.questions: duplicate QuestionIdentifier 'multi'",
                assertThrows(IllegalArgumentException.class, () -> AnswerKey.of(MULTI, MULTI)).getMessage());
        assertEquals("AnswerKey.Question 'q' must hold at least one AnswerOption",
                assertThrows(IllegalArgumentException.class, () -> AnswerKeyQuestion.of("q")).getMessage());
        assertEquals("AnswerOption.selectionIdentifiers: duplicate 'a'",
                assertThrows(IllegalArgumentException.class, () -> AnswerOption.of(1, "a", "a")).getMessage());
        assertEquals("PercentageMapping.maximumSummedScore must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new PercentageMapping(0)).getMessage());
        assertEquals("SummedScoreRange.inclusiveLowerBound (5) must be <= inclusiveUpperBound (4)",
                assertThrows(IllegalArgumentException.class, () -> new SummedScoreRange(5, 4, 1)).getMessage());
        assertEquals("RangeMapping.ranges must hold at least one SummedScoreRange",
                assertThrows(IllegalArgumentException.class, () -> new RangeMapping(List.of(), 0)).getMessage());
    }

    @Test
    void aKeyInAnotherNamespaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnswerKey.parse(DOC_EXAMPLE.replace(" xmlns=\"" + NS + "\"", "")));
        assertEquals("<AnswerKey> must be in namespace " + NS + ", was no namespace", e.getMessage());
    }

    @Test
    void aMappingWithTwoKindsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnswerKey.parse(DOC_EXAMPLE.replace("</PercentageMapping>",
                        "</PercentageMapping><ScaleMapping><SummedScoreMultiplier>2</SummedScoreMultiplier>"
                                + "</ScaleMapping>")));
        assertEquals("<QualificationValueMapping> must hold exactly one of PercentageMapping, ScaleMapping, "
                + "RangeMapping", e.getMessage());
    }

    @Test
    void aNonNumericScoreIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnswerKey.parse(DOC_EXAMPLE.replace("<AnswerScore>5<", "<AnswerScore>five<")));
        assertEquals("AnswerScore must be an integer, was 'five'", e.getMessage());
    }

    @Test
    void anOversizedKeyFailsTheSizeCheck() {
        String[] ids = new String[4000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "selection-" + i;
        }
        AnswerKey big = AnswerKey.of(AnswerKeyQuestion.of("q", AnswerOption.of(1, ids)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> big.toXmlWithinLimit("AnswerKey"));
        assertTrue(e.getMessage().startsWith("AnswerKey XML is ") && e.getMessage().endsWith("limit of 65535"),
                e.getMessage());
        assertEquals(DOC_KEY.toXml(), DOC_KEY.toXmlWithinLimit("AnswerKey"));
    }
}
