package mturk.reactive.benchmarks.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;
import org.junit.jupiter.api.Test;

class AaltoScanTest {

    @Test
    void aBodyFedInTinyChunksIsScannedCompletelyWithTextSplitIntoMoreTokens() throws XMLStreamException {
        byte[] page = AssignmentPages.samplePage();
        AaltoScan scan = new AaltoScan();

        long whole = scan.scan(List.of(page));

        assertTrue(scan.scan(AaltoScan.chunks(page, 7)) >= whole);
    }

    @Test
    void theEmbeddedAnswerDocumentsAreScannedToo() throws XMLStreamException {
        String outer = "<?xml version=\"1.0\"?>\n<R><Result><Assignment><Answer>&lt;QuestionFormAnswers&gt;&lt;Answer&gt;"
                + "&lt;FreeText&gt;caf\u00e9&lt;/FreeText&gt;&lt;/Answer&gt;&lt;/QuestionFormAnswers&gt;</Answer>"
                + "</Assignment></Result></R>";
        // outer: start document, 4 start tags, text, 4 end tags; inner: start document, 3 start, text, 3 end
        assertEquals(10 + 8, new AaltoScan().scan(List.of(outer.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aMalformedAnswerDocumentIsAnError() {
        String outer = "<R><Result><Assignment><Answer>&lt;QuestionFormAnswers&gt;</Answer></Assignment></Result></R>";

        assertThrows(XMLStreamException.class,
                () -> new AaltoScan().scan(List.of(outer.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aHitsPageHasNoAnswerDocumentsAndScansAsOneDocument() throws XMLStreamException {
        assertTrue(new AaltoScan().scan(List.of(HitPages.samplePage())) > 100 * 60);
    }
}
