package mturk.reactive.model.internal.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a small XML document into an {@link XmlElement} tree with a hardened JDK StAX reader. Internal API.
 *
 * <p>Hardening: the JDK implementation is requested explicitly ({@link XMLInputFactory#newDefaultFactory()}); DTD
 * support and external entities are switched off, a document type declaration is refused, and so is any entity
 * reference other than the five predefined ones and character references. Mixed content (text next to child
 * elements, other than whitespace) is refused, because none of the MTurk data schemas use it.
 */
public final class XmlInput {

    private static final XMLInputFactory FACTORY = createFactory();

    private XmlInput() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not resolved: " + systemId);
        });
        return f;
    }

    /**
     * Parses {@code xml} into a tree.
     *
     * @param xml      the document; may start with an XML declaration and whitespace
     * @param document the document kind, used in error messages (for example {@code "QuestionFormAnswers"})
     * @return the root element
     * @throws IllegalArgumentException when {@code xml} is null, blank, not well-formed, has a DTD or entity
     *                                  reference, or has mixed content; the message names the document kind and,
     *                                  where known, the line and column
     */
    public static XmlElement parse(String xml, String document) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException(document + " XML must not be blank");
        }
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<Builder> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT: {
                        Map<String, String> attrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        String ns = r.getNamespaceURI();
                        Builder b = new Builder(ns == null ? "" : ns, r.getLocalName(), attrs);
                        if (!stack.isEmpty()) {
                            stack.peek().markChild();
                        }
                        stack.push(b);
                        break;
                    }
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(r.getText());
                        }
                        break;
                    case XMLStreamConstants.END_ELEMENT: {
                        Builder b = stack.pop();
                        XmlElement e = b.build();
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().children.add(e);
                        }
                        break;
                    }
                    case XMLStreamConstants.DTD:
                        throw new IllegalArgumentException(document + " XML must not contain a document type "
                                + "declaration");
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw new IllegalArgumentException(document + " XML must not contain the entity reference &"
                                + r.getLocalName() + ";");
                    default:
                        break;
                }
            }
            if (root == null) {
                throw new IllegalArgumentException(document + " XML has no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(document + " XML is malformed: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        boolean hasChild;

        Builder(String namespace, String name, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
        }

        void markChild() {
            hasChild = true;
        }

        XmlElement build() {
            if (hasChild) {
                if (!text.toString().isBlank()) {
                    throw new IllegalArgumentException("<" + name + "> mixes text '" + text.toString().strip()
                            + "' with child elements");
                }
                return new XmlElement(namespace, name, attributes, children, "");
            }
            return new XmlElement(namespace, name, attributes, children, text.toString());
        }
    }
}
