package mturk.reactive.simulator.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parsing and checking of the XML-valued parameters (Question, Test, AnswerKey) and of answer documents. */
public final class QuestionXml {
    /** QuestionForm 2005-10-01 namespace. */
    public static final String QUESTION_FORM_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";
    /** QuestionForm 2017-11-06 namespace. */
    public static final String QUESTION_FORM_2017_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd";
    /** QuestionFormAnswers namespace. */
    public static final String ANSWERS_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";
    /** AnswerKey namespace. */
    public static final String ANSWER_KEY_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd";
    /** ExternalQuestion namespace. */
    public static final String EXTERNAL_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd";
    /** HTMLQuestion namespace. */
    public static final String HTML_NS =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd";

    private QuestionXml() {
    }

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Parses a document (namespace-aware, no DTDs, no external entities) or throws the given error code. */
    public static Document parse(String xml, String parameter, String errorCode) {
        DocumentBuilder b = BUILDER.get();
        try {
            b.reset();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | java.io.IOException e) {
            throw new ApiException(errorCode, "There was an error parsing the XML " + parameter + " data: "
                    + e.getMessage(), "Parameter", parameter);
        }
    }

    /** Validates a Question parameter: size, well-formedness, a known root in its namespace. */
    public static Document checkQuestion(String xml, String parameter, boolean formOnly) {
        if (xml.getBytes(StandardCharsets.UTF_8).length > 65535) {
            throw ApiException.invalid(parameter, Params.abbreviate(xml), "It must be at most 65535 bytes.");
        }
        Document d = parse(xml, parameter, "AWS.MechanicalTurk.XMLParseError");
        Element root = d.getDocumentElement();
        String ns = root.getNamespaceURI();
        String name = root.getLocalName();
        Set<String> forms = Set.of(QUESTION_FORM_NS, QUESTION_FORM_2017_NS);
        boolean ok = ("QuestionForm".equals(name) && forms.contains(ns))
                || (!formOnly && "ExternalQuestion".equals(name) && EXTERNAL_NS.equals(ns))
                || (!formOnly && "HTMLQuestion".equals(name) && HTML_NS.equals(ns));
        if (!ok) {
            throw new ApiException("AWS.MechanicalTurk.XMLParseError", "There was an error parsing the XML "
                    + parameter + " data: the root element {" + ns + "}" + name + " is not "
                    + (formOnly ? "a QuestionForm" : "a QuestionForm, ExternalQuestion or HTMLQuestion") + ".",
                    "Parameter", parameter);
        }
        if ("QuestionForm".equals(name)) {
            List<Element> questions = children(root, "Question");
            if (questions.isEmpty()) {
                throw new ApiException("AWS.MechanicalTurk.XMLParseError", "There was an error parsing the XML "
                        + parameter + " data: a QuestionForm needs at least one Question.", "Parameter", parameter);
            }
            for (Element q : questions) {
                if (child(q, "QuestionIdentifier") == null || child(q, "AnswerSpecification") == null) {
                    throw new ApiException("AWS.MechanicalTurk.XMLParseError", "There was an error parsing the XML "
                            + parameter + " data: every Question needs a QuestionIdentifier and an "
                            + "AnswerSpecification.", "Parameter", parameter);
                }
            }
        }
        return d;
    }

    /** Child elements with a local name. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element with a local name, or null. */
    public static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Trimmed text of the first child with a local name, or null. */
    public static String childText(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent().trim();
    }

    /** All descendants with a local name, document order. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
