package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTemplateTest {

    private static final String FORM = "<QuestionForm xmlns=\"http://mechanicalturk.amazonaws.com/"
            + "AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd\"><Question><QuestionIdentifier>q</QuestionIdentifier>"
            + "<QuestionContent><Text>Is ${word} a ${kind}?</Text></QuestionContent><AnswerSpecification>"
            + "<FreeTextAnswer/></AnswerSpecification></Question></QuestionForm>";

    @Test
    void fillsEveryPlaceholderFromTheRow() {
        QuestionTemplate t = QuestionTemplate.parse("q.xml", FORM);
        assertEquals(Set.of("word", "kind"), t.columns());
        String xml = t.fill(new Row(1, 2, Map.of("word", "cat", "kind", "pet")), "in.csv");
        assertTrue(xml.contains("<Text>Is cat a pet?</Text>"), xml);
    }

    @Test
    void escapesValuesSoARowCannotBreakTheDocument() {
        QuestionTemplate t = QuestionTemplate.parse("q.xml", FORM);
        String xml = t.fill(new Row(1, 2, Map.of("word", "AT&T <b>", "kind", "\"it's\"")), "in.csv");
        assertTrue(xml.contains("<Text>Is AT&amp;T &lt;b&gt; a &quot;it&apos;s&quot;?</Text>"), xml);
    }

    @Test
    void aMissingColumnIsRefusedNamingTheRowAndColumn() {
        QuestionTemplate t = QuestionTemplate.parse("q.xml", FORM);
        InputException e = assertThrows(InputException.class,
                () -> t.fill(new Row(17, 18, Map.of("word", "cat")), "in.csv"));
        assertEquals("in.csv: row 17, column 'kind' is missing (the question template q.xml uses ${kind})",
                e.getMessage());
        assertEquals(17, e.row());
        assertEquals("kind", e.field());
    }

    @Test
    void aCharacterXmlCannotCarryIsRefusedNamingTheRowAndColumn() {
        QuestionTemplate t = QuestionTemplate.parse("q.xml", FORM);
        InputException e = assertThrows(InputException.class,
                () -> t.fill(new Row(3, 4, Map.of("word", "a\u0001", "kind", "k")), "in.csv"));
        assertEquals("in.csv: row 3, column 'word' holds character U+0001 at position 2, which XML cannot carry",
                e.getMessage());
    }

    @Test
    void anUnclosedPlaceholderIsRefusedWithItsPosition() {
        InputException e = assertThrows(InputException.class,
                () -> QuestionTemplate.parse("q.xml", "<QuestionForm>\n  ${word</QuestionForm>"));
        assertEquals("q.xml: at line 2, column 3: '${' is never closed by '}'", e.getMessage());
    }

    @Test
    void anEmptyPlaceholderIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> QuestionTemplate.parse("q.xml", "<QuestionForm>${}</QuestionForm>"));
        assertEquals("q.xml: at line 1, column 15: '${}' names no column", e.getMessage());
    }

    @Test
    void aTemplateThatIsNotWellFormedXmlIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> QuestionTemplate.parse("q.xml", "<QuestionForm><Text>${a}</QuestionForm>"));
        assertTrue(e.getMessage().startsWith("q.xml: is not well-formed XML at line 1"), e.getMessage());
    }

    @Test
    void aRootThatIsNoQuestionTypeIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> QuestionTemplate.parse("q.xml", "<html>${a}</html>"));
        assertEquals("q.xml: has root element <html>; expected QuestionForm, ExternalQuestion or HTMLQuestion",
                e.getMessage());
    }

    @Test
    void aQuestionOverTheSizeLimitIsRefusedWithTheRow() {
        QuestionTemplate t = QuestionTemplate.parse("q.xml", FORM);
        InputException e = assertThrows(InputException.class,
                () -> t.fill(new Row(9, 10, Map.of("word", "x".repeat(70_000), "kind", "k")), "in.csv"));
        assertTrue(e.getMessage().startsWith("in.csv: row 9: its question is "), e.getMessage());
    }
}
