package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * XHTML-subset content, written inside CDATA as boto2 does: {@code <FormattedContent><![CDATA[…]]></FormattedContent>}.
 * Content holding {@code ]]>} is split over two CDATA sections instead of breaking the document. The XHTML subset
 * rules (closed tags, no script, no CSS…) are the service's to enforce and are not checked here.
 *
 * @param content the XHTML fragment; not null, only characters XML allows
 */
public record FormattedContent(String content) implements ContentItem, SelectionContent {

    /** The schema of the XHTML subset, as boto2's {@code FormattedContent.schema_url} (it is never written). */
    public static final String SCHEMA_URL =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/FormattedContentXHTMLSubset.xsd";

    /**
     * Validates the content.
     *
     * @param content the XHTML fragment; not null, only characters XML allows
     * @throws IllegalArgumentException when the content is null or not representable in XML
     */
    public FormattedContent {
        XmlChars.requireText("FormattedContent", content);
    }
}
