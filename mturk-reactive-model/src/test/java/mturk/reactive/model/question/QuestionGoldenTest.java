package mturk.reactive.model.question;

import static mturk.reactive.model.question.HostileDocuments.HOSTILE;
import static mturk.reactive.model.question.HostileDocuments.HOSTILE_ATTRIBUTE;
import static mturk.reactive.model.testing.XmlTrees.attributeOf;
import static mturk.reactive.model.testing.XmlTrees.dom;
import static mturk.reactive.model.testing.XmlTrees.resource;
import static mturk.reactive.model.testing.XmlTrees.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * Golden documents (under {@code golden/ours/}) for inputs that boto2 would turn into broken XML, checked byte for
 * byte, read back by an independent parser (DOM), and parsed back into the model.
 */
class QuestionGoldenTest {

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("hostile_question_form", HostileDocuments.form()),
                Arguments.of("applications", HostileDocuments.applications()),
                Arguments.of("hostile_external_question", HostileDocuments.external()),
                Arguments.of("hostile_html_question", HostileDocuments.html()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void rendersTheGoldenDocumentByteForByte(String name, QuestionDocument document) {
        assertEquals(resource("/golden/ours/" + name + ".xml"), document.toXml());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void parsesTheGoldenDocumentBackIntoAnEqualModel(String name, QuestionDocument document) {
        assertEquals(document, QuestionDocument.parse(resource("/golden/ours/" + name + ".xml")));
    }

    @Test
    void everyHostileElementTextSurvivesAnIndependentParserExactly() {
        String xml = HostileDocuments.form().toXml();
        List<String> texts = new ArrayList<>();
        for (String element : List.of("Title", "Text", "ListItem", "AltText", "DisplayName", "DefaultText")) {
            NodeList nodes = dom(xml).getElementsByTagNameNS(QuestionForm.NAMESPACE, element);
            for (int i = 0; i < nodes.getLength(); i++) {
                String t = nodes.item(i).getTextContent();
                if (!t.equals("plain") && !t.equals("Pick")) {
                    texts.add(t);
                }
            }
        }

        assertEquals(9, texts.size()); // Title, 3 Text, ListItem, 2 AltText, DisplayName, DefaultText
        texts.forEach(t -> assertEquals(HOSTILE, t));
    }

    @Test
    void regexAttributesSurviveAnIndependentParserExactly() {
        String xml = QuestionForm.of(Question.of("q", QuestionContent.of("t", "x"), FreeTextAnswerSpec.builder()
                .regex("^[<>&\"']+$", HOSTILE_ATTRIBUTE, "i").build())).toXml();

        assertEquals("^[<>&\"']+$", attributeOf(xml, "AnswerFormatRegex", "regex"));
        assertEquals(HOSTILE_ATTRIBUTE, attributeOf(xml, "AnswerFormatRegex", "errorText"));
    }

    @Test
    void formattedContentHoldingCdataTerminatorsSurvivesAnIndependentParser() {
        String content = "]]>a]]]>b]]>>]]";
        String xml = QuestionForm.of(Overview.of(new FormattedContent(content)),
                Question.of("q", QuestionContent.of("t", "x"), FreeTextAnswerSpec.UNCONSTRAINED)).toXml();

        assertEquals(content, textOf(xml, "FormattedContent"));
    }

    @Test
    void htmlContentKeepsCarriageReturnsAndCdataTerminators() {
        HtmlQuestion q = HostileDocuments.html();

        assertEquals(q.htmlContent(), textOf(q.toXml(), "HTMLContent"));
    }

    @Test
    void externalUrlIsEscapedAndReadBackUnescaped() {
        ExternalQuestion q = HostileDocuments.external();

        assertFalse(q.toXml().contains("&b="));
        assertEquals(q.externalUrl(), textOf(q.toXml(), "ExternalURL"));
    }

    @Test
    void documentsHaveNoXmlDeclarationLikeBoto2() {
        goldens().forEach(a -> assertFalse(((QuestionDocument) a.get()[1]).toXml().startsWith("<?xml")));
    }
}
