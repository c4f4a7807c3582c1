package mturk.reactive.model.question;

import mturk.reactive.model.internal.xml.XmlChars;

/**
 * A complete question document, the value of the {@code Question} parameter of {@code CreateHIT} (or of a
 * qualification type's {@code Test}, which must be a {@link QuestionForm}): a {@link QuestionForm}, an
 * {@link ExternalQuestion} or an {@link HtmlQuestion}.
 *
 * <p>{@link #toXml()} writes the document without XML declaration; {@link #parse(String)} reads any of the three back.
 * The service limits the document to {@value #MAX_XML_BYTES} UTF-8 bytes: call {@link #toXmlWithinLimit(String)}
 * (or {@link #requireWithinLimit(String, String)} on already rendered XML) before sending.
 */
public sealed interface QuestionDocument permits QuestionForm, ExternalQuestion, HtmlQuestion {

    /** The largest document the service accepts, in UTF-8 bytes. */
    int MAX_XML_BYTES = 65_535;

    /**
     * The schema namespace written on the root element (equal to the public XSD location).
     *
     * @return the namespace URI
     */
    String namespace();

    /**
     * Renders the document: every text and attribute escaped, CDATA split where needed, no XML declaration.
     *
     * @return the XML
     */
    String toXml();

    /**
     * Renders the document and checks its size.
     *
     * @param field the parameter name used in the error message, such as {@code Question} or {@code Test}
     * @return the XML
     * @throws IllegalArgumentException when the XML exceeds {@value #MAX_XML_BYTES} UTF-8 bytes; the message names
     *                                  the field, the size and the limit
     */
    default String toXmlWithinLimit(String field) {
        return requireWithinLimit(field, toXml());
    }

    /**
     * Checks that an XML string fits the service's {@value #MAX_XML_BYTES}-byte limit.
     *
     * @param field the parameter name used in the error message
     * @param xml   the document
     * @return {@code xml}
     * @throws IllegalArgumentException when the document is longer than the limit in UTF-8 bytes
     */
    static String requireWithinLimit(String field, String xml) {
        int bytes = XmlChars.utf8Length(xml);
        if (bytes > MAX_XML_BYTES) {
            throw new IllegalArgumentException(field + " XML is " + bytes + " UTF-8 bytes, more than the limit of "
                    + MAX_XML_BYTES);
        }
        return xml;
    }

    /**
     * Parses a question document, choosing the type by the root element ({@code QuestionForm},
     * {@code ExternalQuestion} or {@code HTMLQuestion}). The root and every element must be in that schema's
     * namespace; an XML declaration and whitespace between elements are accepted. DTDs and entity references other
     * than the predefined ones are refused.
     *
     * @param xml the document
     * @return the document
     * @throws IllegalArgumentException when the XML is malformed, of an unknown kind or namespace, or breaks a rule
     *                                  of the model (the message names the element or field)
     */
    static QuestionDocument parse(String xml) {
        return QuestionXmlReader.read(xml);
    }
}
