package mturk.reactive.model.internal.xml;

import java.io.StringWriter;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, escaping layer over the JDK's {@link XMLStreamWriter}. Internal API.
 *
 * <p>What it adds to the JDK writer: carriage returns in text are written as {@code &#13;} (a parser would otherwise
 * turn {@code \r\n} into {@code \n}); CDATA sections are split so that content holding {@code ]]>} survives
 * ({@code ]]} ends one section, {@code >} starts the next) and so that carriage returns are kept. Element text and
 * attribute values are escaped by the JDK writer ({@code & < > "}).
 *
 * <p>The JDK implementation is requested explicitly ({@link XMLOutputFactory#newDefaultFactory()}), so another StAX
 * provider on the class path (Aalto, in core) does not change the bytes written.
 */
public final class XmlOutput {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter writer;

    private XmlOutput(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /**
     * Renders a document.
     *
     * @param prolog text written verbatim before the root element (an XML declaration and line break), or an empty
     *               string for none
     * @param body   writes the root element and everything in it
     * @return the document
     */
    public static String render(String prolog, Consumer<XmlOutput> body) {
        StringWriter out = new StringWriter(256);
        out.write(prolog);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            body.accept(new XmlOutput(w));
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Opens the root element and declares {@code namespace} as the default namespace.
     *
     * @param name      the root's local name
     * @param namespace the default namespace URI
     * @return this
     */
    public XmlOutput startRoot(String name, String namespace) {
        try {
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(name);
            writer.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Opens an element in the default namespace.
     *
     * @param name the local name
     * @return this
     */
    public XmlOutput start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Writes an element without content ({@code <name/>}); attributes may follow with {@link #attribute}.
     *
     * @param name the local name
     * @return this
     */
    public XmlOutput empty(String name) {
        try {
            writer.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Writes an attribute on the element just opened; the value is escaped.
     *
     * @param name  the attribute name
     * @param value the value
     * @return this
     */
    public XmlOutput attribute(String name, String value) {
        try {
            writer.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this
     */
    public XmlOutput end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Writes {@code <name>text</name>} with the text escaped.
     *
     * @param name the local name
     * @param text the content
     * @return this
     */
    public XmlOutput element(String name, String text) {
        start(name);
        text(text);
        return end();
    }

    /**
     * Writes {@code <name><![CDATA[content]]></name>}, splitting the section where needed.
     *
     * @param name    the local name
     * @param content the content
     * @return this
     */
    public XmlOutput cdataElement(String name, String content) {
        start(name);
        cdata(content);
        return end();
    }

    /**
     * Writes escaped character data; carriage returns become {@code &#13;}.
     *
     * @param text the characters
     * @return this
     */
    public XmlOutput text(String text) {
        try {
            int from = 0;
            int cr;
            while ((cr = text.indexOf('\r', from)) >= 0) {
                if (cr > from) {
                    writer.writeCharacters(text.substring(from, cr));
                }
                writer.writeEntityRef("#13");
                from = cr + 1;
            }
            if (from < text.length() || text.isEmpty()) {
                writer.writeCharacters(text.substring(from));
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Writes content as one or more CDATA sections: split after {@code ]]} wherever {@code ]]>} occurs, and around
     * carriage returns (written as {@code &#13;} between sections). Empty content gives one empty section, as boto2
     * does.
     *
     * @param content the characters
     * @return this
     */
    public XmlOutput cdata(String content) {
        try {
            if (content.isEmpty()) {
                writer.writeCData("");
                return this;
            }
            StringBuilder section = new StringBuilder();
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\r') {
                    flushCData(section);
                    writer.writeEntityRef("#13");
                } else if (c == '>' && section.length() >= 2 && section.charAt(section.length() - 1) == ']'
                        && section.charAt(section.length() - 2) == ']') {
                    flushCData(section);
                    section.append(c);
                } else {
                    section.append(c);
                }
            }
            flushCData(section);
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    private void flushCData(StringBuilder section) throws XMLStreamException {
        if (section.length() > 0) {
            writer.writeCData(section.toString());
            section.setLength(0);
        }
    }

    private static IllegalStateException fail(XMLStreamException e) {
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
}
