package mturk.reactive.benchmarks.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HitPagesTest {

    private static Document parse(byte[] body) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    @Test
    void aFullPageHasOneHundredHitsEachWithQualificationRequirementsAndAReward() throws Exception {
        Document page = parse(HitPages.samplePage());
        NodeList hits = page.getElementsByTagName("HIT");

        assertEquals("SearchHITsResponse", page.getDocumentElement().getTagName());
        assertEquals(100, hits.getLength());
        int localeRequirements = 0;
        for (int i = 0; i < hits.getLength(); i++) {
            Element hit = (Element) hits.item(i);
            assertTrue(hit.getElementsByTagName("QualificationRequirement").getLength() >= 1, "HIT " + i);
            assertEquals(1, hit.getElementsByTagName("Reward").getLength(), "HIT " + i);
            localeRequirements += hit.getElementsByTagName("LocaleValue").getLength() > 0 ? 1 : 0;
        }
        assertTrue(localeRequirements > 0, "some HITs require a locale");
    }

    @Test
    void thePagingFieldsCountTheWholeListing() throws Exception {
        Document page = parse(new HitPages(150).page(2));

        assertEquals(50, page.getElementsByTagName("HIT").getLength());
        assertEquals("50", page.getElementsByTagName("NumResults").item(0).getTextContent());
        assertEquals("150", page.getElementsByTagName("TotalNumResults").item(0).getTextContent());
    }
}
