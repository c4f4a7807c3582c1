package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A question given as an HTML page that MTurk hosts:
 * {@code <HTMLQuestion xmlns="…/2011-11-11/HTMLQuestion.xsd"><HTMLContent><![CDATA[…]]></HTMLContent><FrameHeight/>
 * </HTMLQuestion>} (boto2's {@code HTMLQuestion}). Cannot be a qualification test.
 *
 * <p>boto2 always prepends {@code <!DOCTYPE html>}, even to a page that has one. Here the constructor prepends it only
 * when the content does not already start (after leading whitespace) with a {@code <!DOCTYPE}, and stores the
 * result, so {@link #htmlContent()} is exactly what is written and read back. Content holding {@code ]]>} is split
 * over CDATA sections instead of breaking the document.
 *
 * @param htmlContent the HTML page; not blank
 * @param frameHeight the frame height in pixels; 0 or more
 */
public record HtmlQuestion(String htmlContent, int frameHeight) implements QuestionDocument {

    /** The namespace of the 2011-11-11 HTMLQuestion schema. */
    public static final String NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd";

    /** What boto2 prepends to every page. */
    public static final String DOCTYPE = "<!DOCTYPE html>";

    /**
     * Validates the components and prepends {@link #DOCTYPE} when the page has no doctype.
     *
     * @param htmlContent the HTML page; not blank
     * @param frameHeight the frame height in pixels; 0 or more
     * @throws IllegalArgumentException when the content is blank or not representable in XML, or the height is
     *                                  negative
     */
    public HtmlQuestion {
        XmlChars.requireNonBlank("HTMLQuestion.htmlContent", htmlContent);
        if (!htmlContent.stripLeading().regionMatches(true, 0, "<!doctype", 0, 9)) {
            htmlContent = DOCTYPE + htmlContent;
        }
        if (frameHeight < 0) {
            throw new IllegalArgumentException("HTMLQuestion.frameHeight must be >= 0, was " + frameHeight);
        }
    }

    /**
     * Parses an HTMLQuestion document.
     *
     * @param xml the document
     * @return the question
     * @throws IllegalArgumentException when the XML is malformed or not a valid HTMLQuestion
     */
    public static HtmlQuestion parse(String xml) {
        QuestionDocument d = QuestionDocument.parse(xml);
        if (d instanceof HtmlQuestion) {
            return (HtmlQuestion) d;
        }
        throw new IllegalArgumentException("expected an HTMLQuestion document, found " + d.getClass().getSimpleName());
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    @Override
    public String toXml() {
        return QuestionXmlWriter.write(this);
    }
}
