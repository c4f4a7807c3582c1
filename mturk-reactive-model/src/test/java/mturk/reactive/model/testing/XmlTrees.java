package mturk.reactive.model.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Test helpers that look at XML through the JDK's DOM parser, a different parser from the StAX reader under test.
 */
public final class XmlTrees {

    private XmlTrees() {
    }

    /** Parses with DOM: namespace aware, CDATA merged into text, DOCTYPE refused. */
    public static Document dom(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setCoalescing(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * A canonical, line-per-node outline of a document: namespace and name of each element, its attributes sorted,
     * and the text of leaf elements (whitespace between child elements dropped). Two documents with the same outline
     * carry the same information, whatever their lexical form ({@code <a/>} or {@code <a></a>}, CDATA or escapes).
     */
    public static String outline(String xml) {
        StringBuilder sb = new StringBuilder();
        outline(dom(xml).getDocumentElement(), 0, sb);
        return sb.toString();
    }

    private static void outline(Element e, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append('{').append(e.getNamespaceURI() == null ? "" : e.getNamespaceURI())
                .append('}').append(e.getLocalName());
        NamedNodeMap attrs = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                sorted.put(a.getLocalName(), a.getNodeValue());
            }
        }
        if (!sorted.isEmpty()) {
            sb.append(' ').append(sorted);
        }
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) c);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        if (children.isEmpty()) {
            sb.append(" = [").append(text).append(']');
        }
        sb.append('\n');
        for (Element c : children) {
            outline(c, depth + 1, sb);
        }
    }

    /** The text of the only element with the given local name. */
    public static String textOf(String xml, String localName) {
        var nodes = dom(xml).getElementsByTagNameNS("*", localName);
        if (nodes.getLength() != 1) {
            throw new AssertionError("expected one <" + localName + ">, found " + nodes.getLength());
        }
        return nodes.item(0).getTextContent();
    }

    /** The value of an attribute on the only element with the given local name. */
    public static String attributeOf(String xml, String localName, String attribute) {
        var nodes = dom(xml).getElementsByTagNameNS("*", localName);
        if (nodes.getLength() != 1) {
            throw new AssertionError("expected one <" + localName + ">, found " + nodes.getLength());
        }
        return ((Element) nodes.item(0)).getAttribute(attribute);
    }

    /**
     * Validates a document against one of the test schemas under {@code /xsd/} with the JDK's schema validator
     * (external access switched off).
     */
    public static void assertSchemaValid(String xsdName, String xml) {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema = f.newSchema(new StreamSource(new StringReader(resource("/xsd/" + xsdName))));
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against " + xsdName + ": " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 test resource. */
    public static String resource(String path) {
        try (InputStream in = XmlTrees.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
