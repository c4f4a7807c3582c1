package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A question hosted on the requester's web site, shown in a frame:
 * {@code <ExternalQuestion xmlns="…/2006-07-14/ExternalQuestion.xsd"><ExternalURL/><FrameHeight/></ExternalQuestion>}
 * (boto2's {@code ExternalQuestion}). The service appends {@code assignmentId}, {@code hitId}, {@code turkSubmitTo}
 * and {@code workerId} to the URL. Cannot be a qualification test.
 *
 * @param externalUrl the page's http(s) URL, unescaped (it is escaped when written); the service's documentation
 *                    asks for https, http is accepted for local simulators
 * @param frameHeight the frame height in pixels; 0 or more
 */
public record ExternalQuestion(String externalUrl, int frameHeight) implements QuestionDocument {

    /** The namespace of the 2006-07-14 ExternalQuestion schema. */
    public static final String NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd";

    /**
     * Validates the components.
     *
     * @param externalUrl the page's http(s) URL, unescaped (it is escaped when written); the service's documentation
     *     asks for https, http is accepted for local simulators
     * @param frameHeight the frame height in pixels; 0 or more
     * @throws IllegalArgumentException when the URL is not http(s) or the height is negative
     */
    public ExternalQuestion {
        XmlChars.requireHttpUrl("ExternalQuestion.externalUrl", externalUrl);
        if (frameHeight < 0) {
            throw new IllegalArgumentException("ExternalQuestion.frameHeight must be >= 0, was " + frameHeight);
        }
    }

    /**
     * Parses an ExternalQuestion document.
     *
     * @param xml the document
     * @return the question
     * @throws IllegalArgumentException when the XML is malformed or not a valid ExternalQuestion
     */
    public static ExternalQuestion parse(String xml) {
        QuestionDocument d = QuestionDocument.parse(xml);
        if (d instanceof ExternalQuestion) {
            return (ExternalQuestion) d;
        }
        throw new IllegalArgumentException("expected an ExternalQuestion document, found "
                + d.getClass().getSimpleName());
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
