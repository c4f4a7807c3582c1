package mturk.reactive.model.answer;

import static mturk.reactive.model.testing.XmlTrees.assertSchemaValid;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answer documents and answer keys we write are valid against the documented schema structure. */
class AnswerSchemaValidityTest {

    @Test
    void questionFormAnswersOfEveryKindAreSchemaValid() {
        assertSchemaValid("QuestionFormAnswers.xsd", QuestionFormAnswers.of(
                new FreeTextAnswer("f", "text & <more>"),
                new SelectionAnswer("s", List.of("a", "b"), "other"),
                new SelectionAnswer("o", List.of(), "only other"),
                new UploadedFileAnswer("u", "key", 12)).toXml());
    }

    @Test
    void answerKeysWithEveryMappingAreSchemaValid() {
        AnswerKeyQuestion q = new AnswerKeyQuestion("q", List.of(AnswerOption.of(3, "a", "b")), -1);
        for (QualificationValueMapping m : List.of(new PercentageMapping(3), new ScaleMapping(new BigDecimal("0.5")),
                new RangeMapping(List.of(new SummedScoreRange(0, 1, 2)), 0))) {
            assertSchemaValid("AnswerKey.xsd", new AnswerKey(List.of(q), m).toXml());
        }
        assertSchemaValid("AnswerKey.xsd", AnswerKey.of(q).toXml());
    }
}
