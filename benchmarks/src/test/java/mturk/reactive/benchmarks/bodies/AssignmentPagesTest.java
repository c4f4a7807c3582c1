package mturk.reactive.benchmarks.bodies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class AssignmentPagesTest {

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }

    @Test
    void aFullPageIsWellFormedWithOneHundredAssignmentsAndThePagingFields() throws Exception {
        Document page = parse(new AssignmentPages("HIT1", 250).page(2));

        assertEquals("GetAssignmentsForHITResponse", page.getDocumentElement().getTagName());
        assertEquals(100, page.getElementsByTagName("Assignment").getLength());
        assertEquals("100", text(page, "NumResults"));
        assertEquals("250", text(page, "TotalNumResults"));
        assertEquals("2", text(page, "PageNumber"));
        assertEquals("True", text(page, "IsValid"));
    }

    @Test
    void eachAnswerIsAnEscapedQuestionFormAnswersDocumentWithSeveralAnswersOfEveryKind() throws Exception {
        NodeList answers = parse(AssignmentPages.samplePage()).getElementsByTagName("Answer");
        Set<String> kinds = new HashSet<>();
        boolean multiSelect = false;
        for (int i = 0; i < answers.getLength(); i++) {
            Document inner = parse(answers.item(i).getTextContent());
            assertEquals("QuestionFormAnswers", inner.getDocumentElement().getLocalName());
            NodeList innerAnswers = inner.getDocumentElement().getElementsByTagNameNS("*", "Answer");
            assertTrue(innerAnswers.getLength() >= 3, "answers in assignment " + i);
            for (int j = 0; j < innerAnswers.getLength(); j++) {
                Element answer = (Element) innerAnswers.item(j);
                kinds.add(answer.getElementsByTagNameNS("*", "QuestionIdentifier").item(0).getNextSibling()
                        .getNextSibling().getLocalName());
                multiSelect |= answer.getElementsByTagNameNS("*", "SelectionIdentifier").getLength() > 1;
            }
        }
        assertEquals(Set.of("FreeText", "SelectionIdentifier", "OtherSelectionText", "UploadedFileSizeInBytes"), kinds);
        assertTrue(multiSelect, "some answer selects several identifiers");
    }

    @Test
    void aHundredAssignmentPageIsAbout120Kilobytes() {
        int size = AssignmentPages.samplePage().length;

        assertTrue(size > 110_000 && size < 135_000, "page size " + size);
    }

    @Test
    void thePageAfterTheLastIsEmpty() throws Exception {
        Document page = parse(new AssignmentPages("HIT1", 200).page(3));

        assertEquals(0, page.getElementsByTagName("Assignment").getLength());
        assertEquals("0", text(page, "NumResults"));
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() {
        assertArrayEquals(new AssignmentPages("HIT1", 1000).page(7), new AssignmentPages("HIT1", 1000).page(7));
    }
}
